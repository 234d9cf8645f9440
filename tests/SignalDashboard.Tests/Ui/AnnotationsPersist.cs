using System.Text.Json;
using SignalDashboard.Composition;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class AnnotationsPersist
{
    private static DashboardHarness AddOpusNote()
    {
        var t = new DashboardHarness(120, 40);
        t.Press(']').Press(']').Press(Key.A);
        Assert.True(t.EventsScreen.Editor.Visible);
        // the editor opens on the title; Tab moves on to note, tags and link
        t.Type("Opus 4.6 cut to $5/$25").Press(Key.Tab).Type("67% cheaper").Press(Key.Tab).Type("pricing, anthropic")
         .Press(Key.Tab).Type("anthropic/claude-opus-4-6");
        t.Press(Key.Enter);
        return t;
    }

    [Fact]
    public void An_annotation_added_on_screen_is_in_the_store_at_once()
    {
        using var t = AddOpusNote();

        Assert.False(t.EventsScreen.Editor.Visible);
        Assert.Contains("Opus 4.6 cut to $5/$25", t.Screen);
        var run = t.Cli.Run("events", "list", "--kind", "annotation", "--format", "json");
        var saved = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Single();
        Assert.Equal("Opus 4.6 cut to $5/$25", saved.GetProperty("title").GetString());
        Assert.Equal("67% cheaper", saved.GetProperty("note").GetString());
        Assert.Equal(["pricing", "anthropic"], saved.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("claude-opus-4-6", saved.GetProperty("model").GetString());
        Assert.Equal("2026-11-27T12:00:00Z", saved.GetProperty("time").GetString()); // "now" on the test clock
    }

    [Fact]
    public void A_linked_annotation_is_a_marker_on_the_models_price_history()
    {
        using var t = AddOpusNote();

        t.Press('[').Press('[').Press('/').Type("opus 4.6").Press(Key.Enter);

        Assert.Contains(t.Lines, l => l.Contains('▲') && l.Contains("Opus 4.6 cu"));
    }

    [Fact]
    public void A_wrong_date_is_reported_in_the_editor_and_nothing_is_saved()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']').Press(']').Press(Key.A).Type("note").Press(Key.Tab.WithShift);
        t.Type("\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\bnot a date");

        t.Press(Key.Enter);

        Assert.True(t.EventsScreen.Editor.Visible);
        Assert.StartsWith("date: expected YYYY-MM-DD", t.EventsScreen.Editor.Error);
        Assert.Contains("no events", t.Cli.Run("events", "list", "--kind", "annotation").Out);
    }

    [Fact]
    public void Edit_then_delete_after_confirming()
    {
        using var t = AddOpusNote();

        t.Press(Key.M);
        Assert.Equal("Opus 4.6 cut to $5/$25", t.EventsScreen.Editor.Form.Title);
        t.Type(" (Feb)").Press(Key.Enter);
        Assert.Contains("Opus 4.6 cut to $5/$25 (Feb)", t.Cli.Run("events", "list", "--kind", "annotation").Out);

        t.Press(Key.X);
        Assert.True(t.EventsScreen.State.ConfirmingDelete);
        Assert.Contains("Delete the annotation", t.Screen);
        t.Press(Key.N);
        Assert.Single(t.EventsScreen.State.Annotations);

        t.Press(Key.X).Press(Key.Y);

        Assert.Empty(t.EventsScreen.State.Annotations);
        Assert.Contains("no events", t.Cli.Run("events", "list", "--kind", "annotation").Out);
        using var reopened = StoreSession.Open(t.Cli.Context, null); // the delete is on disk, not only on screen
        Assert.Empty(reopened.Annotations.List());
    }
}
