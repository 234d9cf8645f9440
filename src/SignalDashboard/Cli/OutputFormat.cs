using System.CommandLine;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>The <c>--format table|json|csv</c> option shared by listing commands.</summary>
public static class OutputFormatOption
{
    public static Option<string> Create(params string[] allowed)
    {
        var values = allowed.Length > 0 ? allowed : ["table", "json", "csv"];
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", values)}",
            DefaultValueFactory = _ => values[0],
            HelpName = string.Join('|', values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static OutputFormat Parse(string value) => Enum.Parse<OutputFormat>(value, ignoreCase: true);
}
