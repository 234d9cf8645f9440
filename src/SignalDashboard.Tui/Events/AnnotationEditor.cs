using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;
using SignalDashboard.Composition;

namespace SignalDashboard.Tui.Events;

/// <summary>
/// The annotation editor, drawn over the Events screen: date, title, note, tags and a linked model or asset.
/// Enter saves, Esc cancels, Tab moves between fields (the screen's bindings do the saving).
/// </summary>
public sealed class AnnotationEditor : FrameView
{
    private readonly TextField _date = Field();
    private readonly TextField _title = Field();
    private readonly TextField _note = Field();
    private readonly TextField _tags = Field();
    private readonly TextField _link = Field();
    private readonly Label _error = new() { X = 1, Y = 6, Width = Dim.Fill(1), Text = "" };

    public AnnotationEditor()
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(80);
        Height = 10;
        Visible = false;
        _error.SetScheme(new Scheme(new Attribute(Color.BrightRed, Color.None)));

        string[] labels = ["Date", "Title", "Note", "Tags", "Link"];
        TextField[] fields = [_date, _title, _note, _tags, _link];
        for (var i = 0; i < fields.Length; i++)
        {
            Add(new Label { X = 1, Y = i, Text = labels[i] });
            fields[i].Y = i;
            Add(fields[i]);
        }
        Add(_error, new TextLinesView
        {
            X = 1, Y = 7, Width = Dim.Fill(1), Height = 1,
            Lines = ["Enter save · Esc cancel · Tab next field · date UTC · tags comma-separated · link provider/model or asset"],
        });
    }

    /// <summary>The id being edited; 0 for a new annotation.</summary>
    public long EditingId { get; private set; }

    public AnnotationForm Form => new(_date.Text ?? "", _title.Text ?? "", _note.Text ?? "", _tags.Text ?? "", _link.Text ?? "");

    public string Error => _error.Text ?? "";

    public void Open(AnnotationForm form, long id)
    {
        EditingId = id;
        Title = id == 0 ? "New annotation" : "Edit annotation";
        (_date.Text, _title.Text, _note.Text, _tags.Text, _link.Text) = (form.Date, form.Title, form.Note, form.Tags, form.Link);
        _error.Text = "";
        Visible = true;
        _title.SetFocus();
        _title.MoveEnd(); // editing goes on at the end of the title, not before it
    }

    public void ShowError(string message) => _error.Text = message;

    public void Close() => Visible = false;

    private static TextField Field() => new() { X = 8, Width = Dim.Fill(1) };
}
