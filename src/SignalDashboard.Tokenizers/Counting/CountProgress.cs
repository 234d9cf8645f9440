namespace SignalDashboard.Tokenizers.Counting;

/// <summary>How far counting a stream is: bytes read so far and the total when known (a file, not a pipe).</summary>
public readonly record struct CountProgress(long BytesRead, long? TotalBytes);
