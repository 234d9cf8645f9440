namespace SignalDashboard.Core.Alerts;

/// <summary>The outcome of one evaluation: the alerts that fired, and every rule's state to keep for the next one.</summary>
public sealed record AlertEvaluation(IReadOnlyList<AlertFiring> Fired, IReadOnlyDictionary<long, AlertState> States);

/// <summary>
/// Evaluates alerts against what is known now, with crossing semantics: a threshold alert fires when its
/// condition becomes true (including at its first evaluation) and not again while it stays true; once false it
/// re-arms. A catalog alert records the model's prices at its first evaluation and fires at each later change.
/// "Now" comes from the injected clock: points after it are ignored and windows end at it. Pure: nothing is
/// stored here; the caller keeps <see cref="AlertEvaluation.States"/>.
/// </summary>
public sealed class AlertEvaluator(TimeProvider time)
{
    public AlertEvaluation Evaluate(
        IEnumerable<AlertRule> rules,
        IReadOnlyDictionary<long, AlertState> states,
        Func<Watchlists.WatchItem, ItemObservation?> observe)
    {
        var now = time.GetUtcNow();
        var fired = new List<AlertFiring>();
        var next = new Dictionary<long, AlertState>();
        foreach (var rule in rules)
        {
            var state = states.GetValueOrDefault(rule.Id) ?? AlertState.Initial;
            var observation = observe(rule.Item);
            var (newState, firing) = observation is null || rule.Problem() is not null
                ? (state, null) // nothing known (or a rule that cannot hold): keep the state, fire nothing
                : Step(rule, state, observation, now);
            next[rule.Id] = newState with { LastChecked = now };
            if (firing is not null) fired.Add(firing);
        }
        return new AlertEvaluation(fired, next);
    }

    private static (AlertState, AlertFiring?) Step(AlertRule rule, AlertState state, ItemObservation observation, DateTimeOffset now)
    {
        if (rule.Kind == AlertKind.CatalogChange)
            return CatalogStep(rule, state, observation, now);

        var all = observation.Points;
        // Points are in time order; usually none is after now, and then the list is used as it is (no copy).
        IReadOnlyList<ObservedPoint> points = all.Count == 0 || all[^1].Time <= now ? all : all.Where(p => p.Time <= now).ToList();
        var reading = AlertConditions.Read(rule, points, now);
        if (reading is null)
            return (state, null); // not enough data to say: neither fire nor re-arm
        var (holds, value, what) = reading.Value;
        if (!holds)
            return (state with { Active = false }, null);
        if (state.Active)
            return (state, null); // still beyond the threshold: fired already for this crossing
        var message = Message(rule, what, observation.IsDemo);
        return (state with { Active = true, LastFired = now }, new AlertFiring(rule, now, value, message, observation.IsDemo));
    }

    private static (AlertState, AlertFiring?) CatalogStep(AlertRule rule, AlertState state, ItemObservation observation, DateTimeOffset now)
    {
        if (observation.PriceFingerprint is not { } prices)
            return (state, null);
        if (state.Baseline is null || state.Baseline == prices)
            return (state with { Baseline = prices }, null);
        var message = Message(rule, $"catalog prices changed: {state.Baseline} → {prices}", observation.IsDemo);
        return (state with { Baseline = prices, LastFired = now }, new AlertFiring(rule, now, null, message, observation.IsDemo));
    }

    private static string Message(AlertRule rule, string what, bool demo) =>
        $"{rule.Item} {what}{(demo ? " (DEMO data)" : "")}";
}
