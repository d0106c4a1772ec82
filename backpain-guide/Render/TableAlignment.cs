using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;

namespace BackpainGuide.Render;

/// <summary>
/// Markdig writes a column's alignment as style="text-align: ...", an inline style that the
/// pages' Content-Security-Policy (style-src 'self') blocks. The alignment moves to a class
/// (align-left, align-center, align-right; theme/assets/site.css styles them) before rendering.
/// </summary>
public static class TableAlignment
{
    public static void ToClasses(Table table)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<TableRow>())
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i] is not TableCell cell) continue;
                var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                if (index < columns.Count && Class(columns[index].Alignment) is { } name) cell.GetAttributes().AddClass(name);
            }
        }
        foreach (var column in columns) column.Alignment = null;
    }

    private static string? Class(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Left => "align-left",
        TableColumnAlign.Center => "align-center",
        TableColumnAlign.Right => "align-right",
        _ => null,
    };
}
