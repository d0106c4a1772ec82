namespace BackpainGuide.Model;

/// <summary>
/// The three urgency levels an answer can show as a card (<c>::: emergency</c> ... <c>:::</c>), as
/// the NHS design system's care cards do: each with a prefix that only screen readers hear, from
/// site.yml's texts (card_emergency, card_urgent, card_see_gp).
/// </summary>
public static class CareCards
{
    public static readonly IReadOnlyList<string> Names = ["emergency", "urgent", "see-gp"];

    /// <summary>The text key of the card's hidden prefix.</summary>
    public static string PrefixKey(string name) => "card_" + name.Replace('-', '_');
}
