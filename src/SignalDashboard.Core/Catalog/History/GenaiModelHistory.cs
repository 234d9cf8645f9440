using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Catalog.History;

/// <summary>One model of one provider (ids as genai-prices spells them) and what genai-prices listed for it, version by version.</summary>
public sealed record GenaiModelHistory(string Provider, string Model, IReadOnlyList<GenaiModelVersion> Versions);

/// <summary>
/// What genai-prices listed for a model from the as-of day <see cref="From"/> (the day the change was first seen)
/// to <see cref="To"/> (the last as-of day it was still listed so), both inclusive: name, context window and the
/// whole price schedule. A model missing between two versions was not listed on those days.
/// </summary>
public sealed record GenaiModelVersion(DateOnly From, DateOnly To, string? Name, int? ContextWindow, GenaiPriceSchedule Prices)
{
    internal bool SameListing(GenaiModelListing listing) =>
        Name == listing.Name && ContextWindow == listing.ContextWindow && Prices.Equals(listing.Prices);
}

/// <summary>A model the reader left out of one version of the file (it could not be read), kept for the record.</summary>
public sealed record GenaiHistorySkip(DateOnly Day, SkippedEntry Entry);
