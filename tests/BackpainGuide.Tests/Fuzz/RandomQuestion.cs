using System.Text;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// A question with valid front matter and a body made of random Markdown and HTML fragments,
/// words and line breaks: reaches the renderer far more often than mutated files do.
/// </summary>
internal sealed record RandomQuestion(string[] Tokens)
{
    private const string FrontMatter = """
        ---
        title: "A random question"
        summary: "Random."
        tags: [cause]
        related: [is-the-plank-good-for-lower-back-pain]
        reviewed: 2026-11-20
        sources:
          - title: "A source"
            url: "https://example.org/"
        ---

        """;

    private static readonly string[] Words =
        ["back", "pain", "run", " ", "\n", "\n\n", "x.md", "is-the-plank-good-for-lower-back-pain.md", "#planks-and-sit-ups", "(", ")", "<", ">", "&amp;", "&", "=", "\"", "'",
            "## a\n", "## a\n## a\n## a-1\n", "[x](#a)", "[x](x.md#nope)", "\u200b", "\u200f", "\u2067", "constructor"];

    public static Gen<RandomQuestion> Gen =>
        CsCheck.Gen.OneOf(CsCheck.Gen.OneOf(Mutation.Specials), CsCheck.Gen.OneOf(Mutation.Nesters), CsCheck.Gen.OneOf(Words), CsCheck.Gen.String)
            .Array[0, 60].Select(tokens => new RandomQuestion(tokens));

    public byte[] Bytes() => Encoding.UTF8.GetBytes(FrontMatter.Replace("\r\n", "\n", StringComparison.Ordinal) + string.Concat(Tokens));

    public override string ToString() => string.Concat(Tokens).Replace("\n", "\\n", StringComparison.Ordinal);
}
