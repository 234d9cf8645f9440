namespace SignalDashboard.Core.Usage;

/// <summary>
/// How input and output prices combine into one price per token: <see cref="Input"/> input tokens for every
/// <see cref="Output"/> output tokens (default 3 : 1). The blended price is (in·Input + out·Output) / (Input + Output).
/// </summary>
public sealed record TokenMix(decimal Input, decimal Output)
{
    public static TokenMix Default { get; } = new(3, 1);

    public decimal Price(decimal inputPrice, decimal outputPrice)
    {
        try
        {
            return (inputPrice * Input + outputPrice * Output) / (Input + Output);
        }
        catch (OverflowException)
        {
            // A price near decimal.MaxValue (a store can hold one) overflows the weighted sum; the same mean with the
            // weights divided first stays within range, at the cost of the last digits the usual form keeps exact.
            var total = Input + Output;
            return inputPrice * (Input / total) + outputPrice * (Output / total);
        }
    }

    public override string ToString() => $"{Input:0.##}:{Output:0.##} input:output";

    /// <summary>Parses "3:1" (both non-negative, not both zero).</summary>
    public static bool TryParse(string text, out TokenMix mix)
    {
        mix = Default;
        var parts = text.Split(':');
        if (parts.Length != 2
            || !decimal.TryParse(parts[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var input)
            || !decimal.TryParse(parts[1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var output)
            || input < 0 || output < 0 || input + output == 0)
            return false;
        mix = new TokenMix(input, output);
        return true;
    }
}
