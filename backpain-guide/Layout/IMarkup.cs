using System.Text;

namespace BackpainGuide.Layout;

/// <summary>
/// Markup the generator made (never a value from content), which writes itself straight into the
/// page being rendered instead of being copied into a string first; written anywhere else, it is
/// its <see cref="object.ToString"/>. Like <see cref="RawHtml"/>, it is not escaped.
/// </summary>
public interface IMarkup
{
    void AppendTo(StringBuilder builder);
}
