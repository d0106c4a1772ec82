using System.Security.Cryptography;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>A file of theme/assets/, and the URL pages link it by: with a content hash, so caches refresh on change.</summary>
public sealed record ThemeAsset(string Name, byte[] Bytes, string Url)
{
    public static IReadOnlyList<ThemeAsset> Read(string themeDir, Urls urls) => Read(themeDir, "assets", urls.Asset);

    /// <summary>The files of one theme folder, each linked at <paramref name="urlOf"/> plus its hash.</summary>
    public static IReadOnlyList<ThemeAsset> Read(string themeDir, string folder, Func<string, string> urlOf)
    {
        var dir = Path.Combine(themeDir, folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).Select(name =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(dir, name));
            return new ThemeAsset(name, bytes, urlOf(name) + "?v=" + Hash(bytes));
        }).ToList();
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
