namespace SignalDashboard.Configuration;

/// <summary>Masks a secret for display: never more than its last four characters, and only when it is long.</summary>
public static class SecretMask
{
    public static string Mask(string secret) =>
        secret.Length >= 12 ? $"****{secret[^4..]}" : "****";
}
