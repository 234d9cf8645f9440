using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.CostLab;

/// <summary>The routing mix: a share per model (presets or ±10 points), priced as a blend of the models that have a cost.</summary>
public sealed partial class CostLabState
{
    public IReadOnlyDictionary<ModelKey, decimal> Shares => _shares;

    public decimal ShareOf(ModelKey model) => _shares.GetValueOrDefault(model);

    /// <summary>Adds <paramref name="delta"/> (±10 points) to a model's share, kept within 0–100%; the mix becomes custom.</summary>
    public void AdjustShare(ModelKey model, decimal delta)
    {
        var share = Math.Clamp(decimal.Round(ShareOf(model) + delta, 4), 0m, 1m);
        if (share == 0) _shares.Remove(model);
        else _shares[model] = share;
        Routing = _shares.Count == 0 ? RoutingChoice.None : RoutingChoice.Custom;
    }

    public void ClearShare(ModelKey model) => AdjustShare(model, -ShareOf(model));

    /// <summary>Fills the shares from the next preset (equal split, 80% cheapest / 20% dearest, none) over the priced models.</summary>
    public void NextPreset()
    {
        var next = Routing switch
        {
            RoutingChoice.EqualSplit => RoutingChoice.CheapestMostly,
            RoutingChoice.CheapestMostly => RoutingChoice.None,
            _ => RoutingChoice.EqualSplit,
        };
        var priced = Rows().Where(r => r.Cost is { Priced: true }).OrderBy(r => r.Cost!.TotalUsd).ToList();
        if (next != RoutingChoice.None && priced.Count == 0)
        {
            Message = "no model has a cost yet (still counting)";
            return;
        }
        _shares.Clear();
        if (next == RoutingChoice.EqualSplit)
        {
            foreach (var (model, share) in RoutingMix.Equal(priced.Select(r => r.Model.Key).ToList()).Shares) _shares[model] = share;
        }
        else if (next == RoutingChoice.CheapestMostly)
        {
            _shares[priced[0].Model.Key] = priced.Count == 1 ? 1m : 0.8m;
            if (priced.Count > 1) _shares[priced[^1].Model.Key] = 0.2m;
        }
        Routing = next;
    }

    public string RoutingLabel => Routing switch
    {
        RoutingChoice.EqualSplit => "equal split",
        RoutingChoice.CheapestMostly => "80% cheapest / 20% dearest",
        RoutingChoice.Custom => "custom",
        _ => "none",
    };

    /// <summary>The mix priced: shares normalised over the models of the mix that have a cost (null without such a model).</summary>
    public MixResult? Mix()
    {
        if (_shares.Count == 0) return null;
        var rows = Rows().Where(r => _shares.ContainsKey(r.Model.Key)).ToList();
        var priced = rows.Where(r => r.Cost is { Priced: true }).ToList();
        var leftOut = _shares.Keys.Where(k => !priced.Any(r => r.Model.Key == k)).ToList();
        var sum = _shares.Values.Sum();
        var pricedSum = priced.Sum(r => _shares[r.Model.Key]);
        if (pricedSum == 0) return new MixResult(sum, null, _shares.Count, leftOut);
        var mix = new RoutingMix(priced.Select(r => (r.Model.Key, _shares[r.Model.Key] / pricedSum)).ToList());
        return new MixResult(sum, mix.BlendedUsd(priced.ToDictionary(r => r.Model.Key, r => r.Cost!)), _shares.Count, leftOut);
    }

    public string MixLine()
    {
        if (Mix() is not { } mix) return "routing mix: none · + / - set the selected model's share, m a preset";
        var models = $"{mix.Models} model{(mix.Models == 1 ? "" : "s")}";
        var head = mix.ShareSum == 1m
            ? $"mix {RoutingLabel}, {models}"
            : $"⚠ shares sum to {Percent(mix.ShareSum)} (normalised)"; // the Share column says which models
        var tail = mix.LeftOut.Count == 0 ? "" : $" · {mix.LeftOut.Count} without a cost left out";
        return mix.PerRequestUsd is { } usd
            ? $"{head}: {PriceFormat.Cost(usd)}/request · {PriceFormat.Cost(usd * 1000)} per 1,000{tail}"
            : $"{head}: no model of the mix has a cost{tail}";
    }
}

/// <summary>The routing mix the Cost lab shows: a preset as set, or custom after a share was changed.</summary>
public enum RoutingChoice { None, EqualSplit, CheapestMostly, Custom }

/// <summary>A priced routing mix: the shares' sum (before normalising), the blended cost per request, the models in it and those without a cost.</summary>
public sealed record MixResult(decimal ShareSum, decimal? PerRequestUsd, int Models, IReadOnlyList<ModelKey> LeftOut);
