namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// One genai-prices figure (USD per 1M tokens, or per 1,000 requests for a <c>_kcount</c> field): a plain number, or
/// <c>{base, tiers:[{start, price}]}</c> — <see cref="Base"/> up to the first tier's start in tokens, then each tier's
/// price. <see cref="Tiers"/> is null for a plain number, so a tiered figure with no tiers stays an object.
/// </summary>
public sealed record GenaiPrice(decimal Base, IReadOnlyList<GenaiPriceTier>? Tiers = null)
{
    public bool IsTiered => Tiers is not null;

    public bool Equals(GenaiPrice? other) =>
        other is not null && Same(Base, other.Base) && (Tiers is null
            ? other.Tiers is null
            : other.Tiers is not null && Tiers.SequenceEqual(other.Tiers));

    public override int GetHashCode() => HashCode.Combine(Base, Tiers?.Count);

    /// <summary>Equal values with equal scales: 0.3 and 0.30 are two spellings, and the history keeps the source's.</summary>
    internal static bool Same(decimal a, decimal b) => a == b && a.Scale == b.Scale;
}

/// <summary>A tier of a <see cref="GenaiPrice"/>: from <see cref="Start"/> tokens on, <see cref="Price"/>.</summary>
public sealed record GenaiPriceTier(long Start, decimal Price)
{
    public bool Equals(GenaiPriceTier? other) => other is not null && Start == other.Start && GenaiPrice.Same(Price, other.Price);

    public override int GetHashCode() => HashCode.Combine(Start, Price);
}
