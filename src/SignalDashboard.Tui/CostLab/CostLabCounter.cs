using System.Text;
using SignalDashboard.Tokenizers;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.Counting;
using SignalDashboard.Tokenizers.Registry;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Tui.CostLab;

/// <summary>
/// Loads the Cost lab's tokenizers and counts its texts off the UI thread, so the first visit and a recount of a
/// 4 MB text never freeze the keys. Each step (a tokenizer loading, one text counted, a tokenizer unavailable) is
/// handed to the UI thread through <paramref name="post"/> (<c>IApplication.Invoke</c>, as the market refresher
/// does) and applied to <see cref="CostLabState"/> there, then <see cref="Changed"/> redraws. A new
/// <see cref="Start"/> cancels the job before it: a stale count is never shown.
/// </summary>
public sealed class CostLabCounter(CostLabState state, TokenizerRegistry registry, Action<Action> post) : IDisposable
{
    // Texts above this are counted through the streaming counter so a newer edit can cancel between chunks.
    private const int StreamAbove = 256 * 1024;

    private CancellationTokenSource? _running;
    private bool _disposed;

    /// <summary>Raised on the UI thread after a result was applied to the state.</summary>
    public event Action? Changed;

    /// <summary>Counts, in the background, what the state still lacks (after an edit, a file, a language-tax side).</summary>
    public void Start()
    {
        if (_disposed) return;
        _running?.Cancel();
        var work = state.NextWork();
        if (work.IsEmpty)
        {
            state.Finished(work.Job);
            return;
        }
        var stop = new CancellationTokenSource();
        _running = stop;
        Task.Run(() => Run(work, stop.Token), stop.Token);
    }

    /// <summary>Counts on the calling thread, results applied at once (state-level tests; a terminal-less caller).</summary>
    public static void CountNow(CostLabState state, TokenizerRegistry registry) =>
        new CostLabCounter(state, registry, action => action()).Run(state.NextWork(), CancellationToken.None);

    private void Run(CountWork work, CancellationToken token)
    {
        try
        {
            for (var i = 0; i < work.Tokenizers.Count; i++)
            {
                token.ThrowIfCancellationRequested();
                var name = work.Tokenizers[i];
                var sides = work.Sides.Where(s => s.Tokenizers.Contains(name)).ToList();
                if (sides.Count == 0) continue;
                var step = $"{i + 1} of {work.Tokenizers.Count}";
                if (!registry.IsInstalled(name))
                {
                    Post(() => state.MarkUnavailable(name, $"not installed: sigdash tokens --tokenizer {name} FILE downloads it, or set SIGDASH_TOKENIZERS to a folder with {name}/tokenizer.json", notInstalled: true));
                    continue;
                }
                ByteLevelBpeTokenizer tokenizer;
                if (!registry.IsLoaded(name)) Post(() => state.Working(work.Job, name, "loading", step));
                try
                {
                    tokenizer = registry.Get(name);
                }
                catch (TokenizerLoadException e)
                {
                    Post(() => state.MarkUnavailable(name, SingleLine.Of(e.Message), notInstalled: false));
                    continue;
                }
                foreach (var side in sides)
                {
                    token.ThrowIfCancellationRequested();
                    if (side.Text.Length > StreamAbove) Post(() => state.Working(work.Job, name, "counting", step));
                    var count = Count(tokenizer, side.Text, token);
                    Post(() => state.Counted(side.Text, name, count));
                }
            }
            Post(() => state.Finished(work.Job));
        }
        catch (OperationCanceledException)
        {
            // A newer job counts the current texts.
        }
        catch (Exception e)
        {
            Post(() =>
            {
                foreach (var name in work.Tokenizers.Where(n => !state.Unavailable.ContainsKey(n)))
                    state.MarkUnavailable(name, $"counting failed: {SingleLine.Of(e.Message)}", notInstalled: false);
                state.Finished(work.Job);
            });
        }
    }

    private static long Count(ByteLevelBpeTokenizer tokenizer, string text, CancellationToken token)
    {
        if (text.Length <= StreamAbove) return tokenizer.Count(text);
        // Chunks cut where no count can change, with a cancellation check per chunk; one core is left to the UI.
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var counter = new StreamingTokenCounter([("t", tokenizer)], chunkChars: 64 * 1024, parallelism: Math.Max(1, Environment.ProcessorCount - 1));
        return counter.Count(stream, null, token).Tokens["t"];
    }

    private void Post(Action apply)
    {
        if (_disposed) return;
        try
        {
            post(() =>
            {
                if (_disposed) return;
                apply();
                Changed?.Invoke();
            });
        }
        catch (ObjectDisposedException)
        {
            // The dashboard closed while counting.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _running?.Cancel();
    }
}
