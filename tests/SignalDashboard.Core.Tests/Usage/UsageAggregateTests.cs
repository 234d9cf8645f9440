using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Usage;

/// <summary>OpenRouter's "other" row: the sum of the models outside the top 50, kept as total traffic, never as a model.</summary>
public sealed class UsageAggregateTests
{
    private static readonly ModelCatalog Catalog = new([Model("anthropic", "claude-opus-4-6"), Model("openai", "gpt-4o-mini")], []);
    private static readonly DateOnly Day1 = new(2026, 11, 25);

    [Fact]
    public void The_aggregate_is_neither_a_model_nor_unmatched_but_counts_in_the_days_total()
    {
        var usage = new UsageByModel(Catalog,
        [
            new UsageRecord("openrouter", "anthropic/claude-opus-4.6", Day1, 100, 0, 0, 0),
            new UsageRecord("openrouter", "mystery/model-x", Day1, 20, 0, 0, 0),
            new UsageRecord("openrouter", UsageRecord.OtherModels, Day1, 30, 0, 0, 0),
        ]);

        Assert.Equal(["mystery/model-x"], usage.Unmatched);
        Assert.Single(usage.Models);
        Assert.Equal(30, usage.OtherOn(Day1));
        Assert.Equal(150, usage.TotalOn(Day1));
        Assert.Null(usage.OtherOn(Day1.AddDays(1)));
        Assert.Null(new UsageModelMatcher(Catalog).Match(UsageRecord.OtherModels));
    }

    [Fact]
    public void The_rankings_api_maps_the_other_row_to_the_aggregate_and_reads_its_as_of()
    {
        const string body = """
            {"data":[
              {"date":"2026-11-25","model_permaslug":"anthropic/claude-opus-4.6","total_tokens":"9876543"},
              {"date":"2026-11-25","model_permaslug":"other","total_tokens":"4321098"}],
             "meta":{"as_of":"2026-11-26T02:00:00Z","end_date":"2026-11-25","start_date":"2026-10-27","version":"v1"}}
            """;

        var page = UsageApiMappers.OpenRouterRankings(body, "openrouter page 1");

        Assert.Equal([false, true], page.Records.Select(r => r.IsAggregate));
        Assert.Equal(4321098, page.Records[1].InputTokens);
        Assert.Equal(new DateOnly(2026, 11, 26), page.AsOf);
    }

    [Fact]
    public void Anthropic_analytics_rows_map_like_the_usage_report_with_their_requests()
    {
        const string body = """
            {"data":[
              {"starting_at":"2026-11-25T00:00:00Z","ending_at":"2026-11-26T00:00:00Z",
               "group":{"model":"claude-opus-4-6","product":null,"context_window":null},
               "usage":{"uncached_input_tokens":1000,"cache_creation":{"ephemeral_1h_input_tokens":100,"ephemeral_5m_input_tokens":50},
                        "cache_read_input_tokens":4000,"output_tokens":700,"requests":12,"server_tool_use":{"web_search_requests":0}}},
              {"starting_at":"2026-11-25T00:00:00Z","ending_at":"2026-11-26T00:00:00Z",
               "group":{"model":"claude-opus-4-6"},
               "usage":{"uncached_input_tokens":1,"cache_read_input_tokens":0,"output_tokens":2,"requests":1}}],
             "has_more":true,"next_page":"page_2"}
            """;

        var page = UsageApiMappers.AnthropicAnalyticsUsage(body, "anthropic analytics page 1");

        Assert.Equal([new UsageRecord("anthropic", "claude-opus-4-6", Day1, 1151, 702, 4000, 13)], page.Records);
        Assert.Equal("page_2", page.NextPage);
    }

    [Fact]
    public void An_analytics_row_without_its_usage_names_the_path()
    {
        var error = Assert.Throws<UsageFormatException>(() => UsageApiMappers.AnthropicAnalyticsUsage(
            """{"data":[{"starting_at":"2026-11-25T00:00:00Z","group":{"model":"m"}}],"has_more":false}""", "anthropic analytics page 1"));

        Assert.Equal("anthropic analytics page 1: $.data[0].usage: expected an object, found nothing", error.Message);
    }
}
