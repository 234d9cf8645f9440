using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SignalDashboard.Core.Tokens;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Feeds.CountTokens;

/// <summary>
/// Asks a vendor's count-tokens API (through its Refit client, behind the resilience pipeline) how many tokens a text
/// is. Never throws for what the network or the vendor does: a failure is a <see cref="CountTokensResult"/> with a
/// one-line reason. Keys travel in headers only; neither the text nor any body goes into a message or a log.
/// </summary>
public sealed class CountTokensClient(
    IAnthropicCountTokensApi anthropic,
    IGeminiCountTokensApi gemini,
    CountTokensOptions options,
    TimeProvider time)
{
    public const string AnthropicVersion = "2023-06-01";

    /// <summary>The body for <paramref name="text"/>, or null when it is larger than the vendor accepts.</summary>
    public static byte[]? RequestBody(string vendor, string model, string text)
    {
        var limit = CountTokensApiMappers.MaxRequestBytes(vendor);
        // A UTF-8 character is at most 3 bytes per UTF-16 unit: refuse before building a body that cannot fit.
        if (Encoding.UTF8.GetMaxByteCount(text.Length) > limit && Encoding.UTF8.GetByteCount(text) > limit) return null;
        var body = CountTokensApiMappers.Request(vendor, model, text);
        return body.Length > limit ? null : body;
    }

    public async Task<CountTokensResult> CountAsync(string vendor, string model, byte[] body, string key, CancellationToken cancellationToken = default)
    {
        var name = CountTokensApiMappers.DisplayName(vendor) + " count-tokens API";
        CountTokensResult Failed(string reason) => new(vendor, model, null, $"{name}: {reason}");
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        HttpResponseMessage response;
        try
        {
            response = vendor switch
            {
                CountTokensApiMappers.Anthropic => await anthropic.CountAsync(content, key, AnthropicVersion, cancellationToken),
                CountTokensApiMappers.Gemini => await gemini.CountAsync(model, content, key, cancellationToken),
                _ => throw new ArgumentException($"unknown count-tokens vendor \"{vendor}\"", nameof(vendor)),
            };
        }
        catch (Exception e) when (e is not ArgumentException && !cancellationToken.IsCancellationRequested)
        {
            // Refit wraps transport failures (ApiRequestException); the cause is further in.
            return Failed(Describe(e));
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var wait = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfterHeader.Read(response, time.GetUtcNow()) : null;
                return Failed($"HTTP {(int)response.StatusCode} ({response.ReasonPhrase})" +
                    (wait is { } w ? $", asked to wait {Math.Ceiling(w.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s" : "") +
                    (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? " — check the key" : "") +
                    (response.StatusCode == HttpStatusCode.NotFound ? $" — is \"{model}\" a model id it knows?" : ""));
            }
            using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyTimeout.CancelAfter(options.Resilience.AttemptTimeout);
            BoundedBody.Read read;
            try
            {
                read = await BoundedBody.ReadAsync(response.Content, options.MaxResponseBytes, name, null, bodyTimeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Failed("the answer did not arrive in time");
            }
            using (read.Body)
            {
                if (read.Outcome != BoundedBody.Outcome.Complete)
                    return Failed(read.Outcome == BoundedBody.Outcome.TooLarge ? "the answer is too large" : "the answer was cut off");
                var json = Encoding.UTF8.GetString(read.Body.GetBuffer(), 0, (int)read.Body.Length);
                try
                {
                    return new CountTokensResult(vendor, model, CountTokensApiMappers.Count(vendor, json, name), null);
                }
                catch (FormatException e)
                {
                    return new CountTokensResult(vendor, model, null, e.Message);
                }
            }
        }
    }

    private static string Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Polly.Timeout.TimeoutRejectedException:
                    return "no answer in time";
                case Polly.CircuitBreaker.BrokenCircuitException:
                    return "not asked: it failed repeatedly just before";
                case HttpRequestException http:
                    return "cannot reach it: " + SingleLine.Of(http.Message);
                case OperationCanceledException:
                    return "no answer in time";
            }
        }
        return SingleLine.Of(exception.Message);
    }
}
