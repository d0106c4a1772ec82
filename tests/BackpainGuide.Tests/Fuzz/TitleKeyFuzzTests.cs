using System.Globalization;
using System.Text;
using BackpainGuide.Load;
using BackpainGuide.Validate;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// Random titles against the look-alike key. The tests run with ICU (the generator does not), so
/// .NET's own NFC, NFD and NFKC serve here as the oracle for what must count as the same title.
/// </summary>
public class TitleKeyFuzzTests
{
    private static readonly string[] Pieces =
    [
        "back", "pain", "café", "naïve", "résumé", "ﬁrst", "Ｗ", "Ⅳ", "²", "ﬀ", "Å", "Ω", "e\u0301", "A\u030A", " ", "  ", "\u00a0",
        "?", "！", "-", "emergency", "Straße", "ĳ", "ǆ", "ℌ", "①", "\u3000",
    ];

    private static readonly char[] Invisible =
        ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\u00ad', '\u061c', '\ufeff'];

    private static readonly Gen<string> Title = Gen.OneOf(Gen.OneOf(Pieces), Gen.String[Gen.Char.AlphaNumeric, 1, 6]).Array[1, 8].Select(p => string.Concat(p));

    [Fact]
    public void Canonical_and_compatibility_forms_and_case_give_the_same_key() =>
        Title.Sample(t =>
        {
            var key = TitleKey.Of(t);
            Assert.Equal(key, TitleKey.Of(t.Normalize(NormalizationForm.FormD)));
            Assert.Equal(key, TitleKey.Of(t.Normalize(NormalizationForm.FormC)));
            Assert.Equal(TitleKey.Of(t.Normalize(NormalizationForm.FormKC)), TitleKey.Of(t.Normalize(NormalizationForm.FormKD)));
            Assert.Equal(key, TitleKey.Of(t.ToUpperInvariant().ToLowerInvariant()));
        }, iter: 2000);

    [Fact]
    public void An_invisible_character_anywhere_is_found_and_dropped_from_the_key() =>
        Gen.Select(Title, Gen.Int[0, 1000], Gen.OneOf(Invisible), (t, at, c) => (t, t.Insert(at % (t.Length + 1), c.ToString()))).Sample(pair =>
        {
            var (title, hidden) = pair;
            if (FormatCharacters.IndexOf(title) >= 0) return;
            Assert.True(FormatCharacters.IndexOf(hidden) >= 0, $"no format character found in '{hidden}'");
            Assert.Equal(TitleKey.Of(title), TitleKey.Of(hidden));
        }, iter: 2000);

    [Fact]
    public void Every_format_character_of_unicode_is_refused()
    {
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) continue;
            var text = "a" + char.ConvertFromUtf32(c) + "b";
            Assert.True(FormatCharacters.IndexOf(text) == 1, $"U+{c:X4} not found");
        }
    }
}
