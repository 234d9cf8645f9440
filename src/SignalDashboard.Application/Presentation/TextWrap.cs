namespace SignalDashboard.Presentation;

/// <summary>Word wrapping for text panes: breaks at spaces, cuts a word longer than the width. Pure.</summary>
public static class TextWrap
{
    /// <summary>Each line wrapped to <paramref name="width"/> columns; continuation lines are indented by two spaces.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<string> lines, int width)
    {
        var wrapped = new List<string>();
        if (width < 4)
        {
            wrapped.AddRange(lines);
            return wrapped;
        }
        foreach (var line in lines)
        {
            var rest = line.TrimEnd();
            var first = true;
            do
            {
                var room = first ? width : width - 2;
                var cut = rest.Length <= room ? rest.Length : BreakAt(rest, room);
                wrapped.Add((first ? "" : "  ") + rest[..cut].TrimEnd());
                rest = rest[cut..].TrimStart();
                first = false;
            }
            while (rest.Length > 0);
        }
        return wrapped;
    }

    private static int BreakAt(string text, int room)
    {
        var space = text.LastIndexOf(' ', room);
        return space > room / 3 ? space : room;
    }
}
