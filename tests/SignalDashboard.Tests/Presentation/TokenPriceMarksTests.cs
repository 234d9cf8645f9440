using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

public sealed class TokenPriceMarksTests
{
    private static readonly DateOnly Day1 = new(2026, 5, 1);
    private static readonly DateOnly Day2 = new(2026, 6, 1);

    private static PriceEvent Changed(DateOnly day, string model, decimal old, decimal @new, PriceField field = PriceField.Input) =>
        new("genai-prices", day, new CatalogChange("openai", model, ChangeKind.Changed, field, old, @new));

    [Fact]
    public void One_mark_per_day_carries_the_largest_change_and_counts_the_others()
    {
        var marks = TokenPriceMarks.From(ModelCatalog.Empty,
        [
            Changed(Day1, "gpt-a", 2m, 1.8m),
            Changed(Day1, "gpt-b", 10m, 2.5m),
            Changed(Day1, "gpt-c", 1m, 1.5m),
            Changed(Day2, "gpt-a", 1.8m, 2.7m, PriceField.Output),
        ]);

        Assert.Equal(2, marks.Count);
        Assert.Equal(Day1, marks[0].Day);
        Assert.Equal(-75m, marks[0].ChangePercent);
        Assert.Equal(3, marks[0].Count);
        Assert.Equal("$-75.0%", marks[0].Label);
        Assert.Contains("gpt-b input", marks[0].Title);
        Assert.Equal(Day2, marks[1].Day);
        Assert.Equal(50m, marks[1].ChangePercent);
        Assert.Contains("gpt-a output", marks[1].Title);
    }

    [Fact]
    public void Added_and_removed_models_and_changes_from_zero_are_not_marks()
    {
        var marks = TokenPriceMarks.From(ModelCatalog.Empty,
        [
            new PriceEvent("genai-prices", Day1, new CatalogChange("openai", "new-model", ChangeKind.Added, null, null, null)),
            new PriceEvent("genai-prices", Day1, new CatalogChange("openai", "old-model", ChangeKind.Removed, null, null, null)),
            Changed(Day2, "was-free", 0m, 1m),
        ]);

        Assert.Empty(marks);
    }

    [Fact]
    public void A_model_name_with_control_characters_is_sanitized_in_the_title()
    {
        var marks = TokenPriceMarks.From(ModelCatalog.Empty, [Changed(Day1, "evil\u001b[31mred", 2m, 1m)]);

        Assert.DoesNotContain('\u001b', marks.Single().Title);
    }
}
