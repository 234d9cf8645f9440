namespace SignalDashboard.Core.Cost;

/// <summary>
/// What is priced: per request, <see cref="InputTokens"/> (counted with the model's tokenizer) and
/// <see cref="OutputTokens"/>; <see cref="Requests"/> requests. Of the input, <see cref="CacheHitShare"/> is read
/// from the prompt cache and <see cref="CacheWriteShare"/> is written to it (with <see cref="CacheWriteLifetime"/>);
/// the rest is ordinary input. <see cref="Batch"/> sends the requests through the provider's batch API.
/// </summary>
public sealed record CostScenario(
    decimal InputTokens,
    decimal OutputTokens,
    decimal Requests = 1,
    bool Batch = false,
    decimal CacheHitShare = 0,
    decimal CacheWriteShare = 0,
    CacheLifetime CacheWriteLifetime = CacheLifetime.FiveMinutes)
{
    /// <exception cref="ArgumentException">A negative count, or shares outside 0–1 or adding up to more than 1.</exception>
    public CostScenario Validated()
    {
        if (InputTokens < 0 || OutputTokens < 0 || Requests < 0) throw new ArgumentException("token and request counts cannot be negative");
        if (CacheHitShare is < 0 or > 1) throw new ArgumentException($"cache-hit share must be between 0 and 1, not {CacheHitShare}");
        if (CacheWriteShare is < 0 or > 1) throw new ArgumentException($"cache-write share must be between 0 and 1, not {CacheWriteShare}");
        if (CacheHitShare + CacheWriteShare > 1) throw new ArgumentException("cache-hit and cache-write shares add up to more than 1");
        return this;
    }
}
