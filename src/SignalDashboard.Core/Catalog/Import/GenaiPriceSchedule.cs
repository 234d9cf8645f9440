namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// A model's <c>prices</c> in genai-prices: one price set (<see cref="IsList"/> false), or a list of
/// <c>{constraint?, prices}</c> — a set from a start date, a time-of-day set, or the unconstrained one. All of it is
/// kept (a later bill can use the time-of-day sets and the tiers); <see cref="InEffectOn"/> is the rule snapshots use.
/// </summary>
public sealed class GenaiPriceSchedule : IEquatable<GenaiPriceSchedule>
{
    public GenaiPriceSchedule(bool isList, IReadOnlyList<GenaiConditionalPrices> sets)
    {
        if (!isList && (sets.Count != 1 || sets[0].Constraint is not null))
            throw new ArgumentException("a price schedule that is not a list is one unconstrained set", nameof(sets));
        IsList = isList;
        Sets = sets;
    }

    /// <summary>One unconstrained set, written as an object.</summary>
    public static GenaiPriceSchedule Single(GenaiPriceSet set) => new(false, [new GenaiConditionalPrices(null, set)]);

    public bool IsList { get; }

    public IReadOnlyList<GenaiConditionalPrices> Sets { get; }

    /// <summary>
    /// The set in effect on <paramref name="day"/>: the unconstrained set from the beginning of time, a set with a
    /// start date from that day; of those, the latest start (the first on a tie). A time-of-day set and a constraint
    /// of any other kind are never chosen. Null when none is in effect.
    /// </summary>
    public GenaiPriceSet? InEffectOn(DateOnly day)
    {
        GenaiPriceSet? chosen = null;
        var chosenStart = DateOnly.MinValue;
        foreach (var set in Sets)
        {
            var start = set.Constraint is { } constraint ? constraint.EffectiveStart : DateOnly.MinValue;
            if (start is not { } from || from > day) continue;
            if (chosen is null || from > chosenStart)
            {
                chosen = set.Prices;
                chosenStart = from;
            }
        }
        return chosen;
    }

    public bool Equals(GenaiPriceSchedule? other) => other is not null && IsList == other.IsList && Sets.SequenceEqual(other.Sets);

    public override bool Equals(object? obj) => Equals(obj as GenaiPriceSchedule);

    public override int GetHashCode() => HashCode.Combine(IsList, Sets.Count);
}

/// <summary>One item of a price list: the set and the constraint under which it applies (null: always).</summary>
public sealed record GenaiConditionalPrices(GenaiConstraint? Constraint, GenaiPriceSet Prices);

/// <summary>
/// A price set's <c>constraint</c>: every member as compact JSON text (<c>"start_date": "\"2026-03-13\""</c>,
/// <c>"start_time": "\"00:30:00Z\""</c>), in ordinal order, so a kind sigdash does not know yet is kept too.
/// </summary>
public sealed class GenaiConstraint : IEquatable<GenaiConstraint>
{
    private readonly SortedDictionary<string, string> _members;

    /// <param name="startDate">The parsed <c>start_date</c>, when it is given and not JSON null.</param>
    public GenaiConstraint(IEnumerable<KeyValuePair<string, string>> members, DateOnly? startDate)
    {
        _members = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, json) in members)
            _members[name] = json;
        StartDate = startDate;
    }

    /// <summary>Member name → its value as compact JSON.</summary>
    public IReadOnlyDictionary<string, string> Members => _members;

    public DateOnly? StartDate { get; }

    /// <summary>A time-of-day window (<c>start_time</c> or <c>end_time</c> given, even as null).</summary>
    public bool IsTimeOfDay => _members.ContainsKey("start_time") || _members.ContainsKey("end_time");

    /// <summary>When a set under this constraint takes effect: its start date; null when it depends on anything else.</summary>
    public DateOnly? EffectiveStart => IsTimeOfDay ? null : StartDate;

    public bool Equals(GenaiConstraint? other) =>
        other is not null && StartDate == other.StartDate && _members.SequenceEqual(other._members);

    public override bool Equals(object? obj) => Equals(obj as GenaiConstraint);

    public override int GetHashCode() => HashCode.Combine(StartDate, _members.Count);
}
