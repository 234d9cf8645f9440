using System.Text.Json;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// Real price changes between the genai-prices snapshots, looked up by name in <c>events list --format json</c>
/// after the date-order replay. Each one also exercises a rule of "the price in effect on the as-of day".
/// </summary>
[Collection(ForwardGenaiReplayCollection.Name)]
public sealed class GenaiReplayKnownChangesTests(ForwardGenaiReplay forward)
{
    private List<JsonElement> Events()
    {
        GenaiSnapshots.All();
        return EventsJson.ParseImported(forward.Replay.EventsText);
    }

    private List<ExpectedChange> Of(string provider, string model) =>
        Events().Select(EventsJson.Change).Where(c => c.Provider == provider && c.Model == model).ToList();

    private static ExpectedChange Changed(string day, string provider, string model, string field, decimal? old, decimal? @new) =>
        new(GenaiSnapshots.Day(day), provider, model, "changed", field, old, @new);

    [SkippableFact]
    public void Gpt_4o_was_cut_from_5_to_2_50_on_2025_08_06()
    {
        Assert.Equal(
            [
                Changed("2025-08-06", "openai", "gpt-4o", "input", 5m, 2.5m),
                Changed("2025-08-06", "openai", "gpt-4o", "output", 15m, 10m),
                Changed("2025-08-06", "openai", "gpt-4o", "cache_read", null, 1.25m),
            ],
            Of("openai", "gpt-4o"));
    }

    [SkippableFact]
    public void The_o3_cut_from_10_to_2_shows_where_a_snapshot_first_had_it()
    {
        // openai/o3 lists $10 unconstrained and $2 from start_date 2025-06-10: $2 is in effect on every snapshot's
        // day, the first one included, so there is no event (a reader that ignored start_date would say 2 → 10).
        Assert.Empty(Of("openai", "o3"));
        // Azure's dated o3 took the cut between 2025-06-22 and 2025-08-06; OpenRouter's openai/o3 by 2026-06-19.
        Assert.Equal(
            [
                Changed("2025-08-06", "azure", "o3-2025-04-16", "input", 10m, 2m),
                Changed("2025-08-06", "azure", "o3-2025-04-16", "output", 40m, 8m),
                Changed("2025-08-06", "azure", "o3-2025-04-16", "cache_read", 2.5m, 0.5m),
            ],
            Of("azure", "o3-2025-04-16"));
        Assert.Contains(Changed("2026-06-19", "openrouter", "openai/o3", "input", 10m, 2m), Of("openrouter", "openai/o3"));
    }

    [SkippableFact]
    public void Deepseek_chat_compares_its_unconditional_price_not_the_time_of_day_one()
    {
        // From 2025-08-06 deepseek-chat lists $0.135 unconstrained and $0.27 between 00:30 and 16:30 UTC.
        Assert.Contains(Changed("2025-08-06", "deepseek", "deepseek-chat", "input", 0.014m, 0.135m), Of("deepseek", "deepseek-chat"));
        Assert.DoesNotContain(Of("deepseek", "deepseek-chat"), c => c.New == 0.27m || c.Old == 0.27m);
    }

    [SkippableFact]
    public void A_tiered_price_compares_its_base()
    {
        // Claude Opus 4.6 came tiered ({base: 5, tiers: …}); from 2026-03-23 a start_date entry lists a flat $5.
        Assert.Equal([new ExpectedChange(GenaiSnapshots.Day("2026-02-24"), "anthropic", "claude-opus-4-6", "added", null, null, null)], Of("anthropic", "claude-opus-4-6"));
    }

    [SkippableFact]
    public void A_model_added_and_a_model_removed()
    {
        var added = Assert.Single(Events(), e => EventsJson.String(e, "model") == "claude-sonnet-5" && EventsJson.String(e, "provider") == "anthropic");
        Assert.Equal(("2026-07-15T00:00:00Z", "added", null), (EventsJson.String(added, "time"), EventsJson.String(added, "change"), EventsJson.String(added, "field")));
        Assert.Equal(JsonValueKind.Null, added.GetProperty("old").ValueKind);
        Assert.Equal(JsonValueKind.Null, added.GetProperty("new").ValueKind);
        Assert.Equal("claude-sonnet-5 added", EventsJson.String(added, "title"));

        var removed = Assert.Single(Events(), e => EventsJson.String(e, "model") == "grok-beta" && EventsJson.String(e, "provider") == "x-ai");
        Assert.Equal(("2025-08-06T00:00:00Z", "removed", null), (EventsJson.String(removed, "time"), EventsJson.String(removed, "change"), EventsJson.String(removed, "field")));
        Assert.Equal("grok-beta removed", EventsJson.String(removed, "title"));
    }

    [SkippableFact]
    public void A_price_not_yet_in_effect_on_the_as_of_day_is_not_compared()
    {
        // Claude Sonnet 5 (2026-07-15) lists $2/$10 now and $3/$15 from 2026-09-01: only its addition is an event.
        Assert.Equal([new ExpectedChange(GenaiSnapshots.Day("2026-07-15"), "anthropic", "claude-sonnet-5", "added", null, null, null)], Of("anthropic", "claude-sonnet-5"));
    }
}
