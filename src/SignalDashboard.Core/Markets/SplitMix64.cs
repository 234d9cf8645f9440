namespace SignalDashboard.Core.Markets;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny pseudo-random generator whose sequence is fixed by its definition,
/// unlike <see cref="System.Random"/>, whose sequence may change between .NET versions. Only integer arithmetic
/// and exactly rounded IEEE operations are used, so a seed gives the same numbers on every machine.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// Approximately standard normal: the sum of 12 uniforms minus 6 (Irwin–Hall), which has mean 0 and variance 1
    /// and stays within ±6. Chosen over Box–Muller because it needs no logarithm or cosine, whose last bit may differ
    /// between platforms.
    /// </summary>
    public double NextNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++) sum += NextDouble();
        return sum - 6.0;
    }

    /// <summary>FNV-1a of a text, to mix a symbol into a seed the same way everywhere (string.GetHashCode is randomized).</summary>
    public static ulong Hash(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }
        return hash;
    }
}
