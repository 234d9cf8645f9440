using System.Text;

namespace SignalDashboard.Core.Json;

/// <summary>
/// The JSON path of a value (<c>$[3].models[7].prices</c>, <c>$["gpt-4o"].input_cost_per_token</c>), kept as a chain
/// of steps and written out only when an error needs it: reading a large catalog builds no path strings.
/// </summary>
public sealed class JsonPath
{
    public static readonly JsonPath Root = new(null, null, -1);

    private readonly JsonPath? _parent;
    private readonly string? _member;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    public JsonPath Member(string name) => new(this, name, -1);

    public JsonPath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        if (_parent is null)
        {
            text.Append('$');
            return;
        }
        _parent.Write(text);
        if (_member is null)
            text.Append('[').Append(_index).Append(']');
        else if (IsPlain(_member))
            text.Append('.').Append(_member);
        else
            text.Append("[\"").Append(_member.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
    }

    /// <summary><c>.name</c> for plain names, <c>["a/b.c"]</c> for anything else (model keys have dots and slashes).</summary>
    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }
}
