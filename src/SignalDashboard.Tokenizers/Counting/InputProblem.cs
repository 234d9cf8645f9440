namespace SignalDashboard.Tokenizers.Counting;

/// <summary>Input that cannot be counted (empty, binary, invalid UTF-8); the message is one line.</summary>
public sealed class InputProblemException(string message) : Exception(message);
