using LiteDB;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Storage;

/// <summary>Alerts and the state the evaluator keeps between refreshes (so an alert that fired stays quiet across restarts).</summary>
public sealed class AlertRepository(SignalStore store)
{
    private const string CounterId = "alert_ids";

    private ILiteCollection<BsonDocument> Alerts => store.Database.GetCollection(WatchlistCollections.Alerts);

    public IReadOnlyList<AlertRule> List() => Alerts.FindAll().OrderBy(d => d["_id"].AsInt64).Select(Rule).ToList();

    /// <summary>The stored state of every alert, by id.</summary>
    public IReadOnlyDictionary<long, AlertState> States() =>
        Alerts.FindAll().ToDictionary(d => d["_id"].AsInt64, d => State(d["state"]));

    /// <summary>Stores a new alert (its id is ignored) with a fresh state; returns it with its id.</summary>
    /// <exception cref="WatchlistException">The rule makes no sense (see <see cref="AlertRule.Problem"/>).</exception>
    public AlertRule Add(AlertRule rule)
    {
        if (rule.Problem() is { } problem) throw new WatchlistException(problem);
        return store.InTransaction(() =>
        {
            var stored = rule with { Id = StoreCounter.Next(store.Database, CounterId, WatchlistCollections.Alerts) };
            Alerts.Insert(Document(stored, AlertState.Initial));
            return stored;
        });
    }

    public bool Remove(long id) => Alerts.Delete(id);

    /// <summary>Keeps the states of an evaluation; states of alerts deleted meanwhile are dropped.</summary>
    public void SaveStates(IReadOnlyDictionary<long, AlertState> states) => store.InTransaction(() =>
    {
        foreach (var (id, state) in states)
        {
            if (Alerts.FindById(id) is not { } doc) continue;
            doc["state"] = Document(state);
            Alerts.Update(doc);
        }
        return 0;
    });

    private static BsonDocument Document(AlertRule rule, AlertState state) => new()
    {
        ["_id"] = rule.Id,
        ["item"] = rule.Item.Key,
        ["kind"] = rule.Kind.Name(),
        ["threshold"] = StoredValues.Money(rule.Threshold),
        ["window"] = rule.Window is { } w ? (long)w.TotalSeconds : BsonValue.Null,
        ["state"] = Document(state),
    };

    private static BsonDocument Document(AlertState state) => new()
    {
        ["active"] = state.Active,
        ["baseline"] = StoredValues.Text(state.Baseline),
        ["lastFired"] = state.LastFired is { } f ? StoredValues.Time(f) : BsonValue.Null,
        ["lastChecked"] = state.LastChecked is { } c ? StoredValues.Time(c) : BsonValue.Null,
    };

    private static AlertRule Rule(BsonDocument doc)
    {
        if (!WatchItem.TryParse(doc["item"].AsString, out var item)) throw StoredValues.Damaged("alert item", doc["item"]);
        if (!AlertKinds.TryParse(doc["kind"].AsString, out var kind)) throw StoredValues.Damaged("alert kind", doc["kind"]);
        var window = doc["window"];
        return new AlertRule(doc["_id"].AsInt64, item, kind, StoredValues.Money(doc["threshold"]),
            window.IsNull ? null : TimeSpan.FromSeconds(window.AsInt64));
    }

    private static AlertState State(BsonValue value)
    {
        if (!value.IsDocument) return AlertState.Initial;
        var doc = value.AsDocument;
        return new AlertState(
            doc["active"].AsBoolean,
            StoredValues.Text(doc["baseline"]),
            doc["lastFired"].IsNull ? null : StoredValues.Time(doc["lastFired"]),
            doc["lastChecked"].IsNull ? null : StoredValues.Time(doc["lastChecked"]));
    }
}
