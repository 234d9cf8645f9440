using System.Threading.RateLimiting;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// At most <c>permits</c> grants in any <c>period</c> (a sliding log of the last grants' times), waiters served one at a
/// time in about the order they came. Unlike the runtime's timer-replenished limiters, a late timer never makes it
/// grant several permits at once: each grant is measured from the real time of the earlier ones.
/// </summary>
internal sealed class SpacedRateLimiter : RateLimiter
{
    private readonly int _permits;
    private readonly TimeSpan _period;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly Queue<long> _grants = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private int _waiting;
    private long _lastGrant;

    public SpacedRateLimiter(int permits, TimeSpan period, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        (_permits, _period, _queueLimit, _time) = (permits, period, Math.Max(0, queueLimit), time);
        _lastGrant = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
                return _waiting > 0 ? null : _time.GetElapsedTime(_lastGrant);
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
            return new RateLimiterStatistics { CurrentAvailablePermits = _permits - _grants.Count, CurrentQueuedCount = _waiting };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckCount(permitCount);
        lock (_lock)
        {
            if (_waiting == 0 && WaitNow() == TimeSpan.Zero)
            {
                Grant();
                return Lease.Acquired;
            }
            return Lease.Refused(Estimate(_waiting));
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckCount(permitCount);
        lock (_lock)
        {
            if (_waiting == 0 && WaitNow() == TimeSpan.Zero)
            {
                Grant();
                return Lease.Acquired;
            }
            if (_waiting >= _queueLimit)
                return Lease.Refused(Estimate(_waiting));
            _waiting++;
        }
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    TimeSpan wait;
                    lock (_lock)
                    {
                        wait = WaitNow();
                        if (wait == TimeSpan.Zero)
                        {
                            Grant();
                            return Lease.Acquired;
                        }
                    }
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            lock (_lock)
                _waiting--;
        }
    }

    /// <summary>How long until a grant is allowed, from the grants within the last period (under the lock).</summary>
    private TimeSpan WaitNow()
    {
        while (_grants.Count > 0 && _time.GetElapsedTime(_grants.Peek()) >= _period)
            _grants.Dequeue();
        return _grants.Count < _permits ? TimeSpan.Zero : _period - _time.GetElapsedTime(_grants.Peek());
    }

    private void Grant()
    {
        _lastGrant = _time.GetTimestamp();
        _grants.Enqueue(_lastGrant);
    }

    /// <summary>About how long a caller behind <paramref name="ahead"/> others waits (under the lock).</summary>
    private TimeSpan Estimate(int ahead) => WaitNow() + _period * ahead / _permits;

    private void CheckCount(int permitCount)
    {
        if (permitCount != 1 && permitCount != 0)
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "market calls take one permit each");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _gate.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static Lease Acquired { get; } = new(true, null);

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name && retryAfter is { } wait ? wait : null;
            return metadata is not null;
        }
    }
}
