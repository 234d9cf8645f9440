using SignalDashboard.Core.Cost;
using SignalDashboard.Tokenizers.Registry;

namespace SignalDashboard.Tui.CostLab;

/// <summary>What the Cost lab needs beyond the catalog: the tokenizers, the pricing rules and the sample pair.</summary>
public sealed record CostLabData(TokenizerRegistry Tokenizers, PricingRules Rules, string EnglishSample, string ChineseSample);
