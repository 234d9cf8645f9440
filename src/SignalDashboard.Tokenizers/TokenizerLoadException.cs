namespace SignalDashboard.Tokenizers;

/// <summary>A tokenizer that cannot be loaded (missing, corrupt or unsupported file); the message is one line.</summary>
public sealed class TokenizerLoadException(string message, Exception? inner = null) : Exception(message, inner);
