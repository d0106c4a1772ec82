using System.Security.Cryptography;
using BackpainGuide.Load;

namespace BackpainGuide.Layout;

/// <summary>A theme file as pages link it: with a content hash in its URL, so caches refresh on change.</summary>
public sealed record LinkedAsset(string Name, byte[] Bytes, string Url)
{
    /// <summary>The files of one theme folder as read by the load stage, each linked at <paramref name="urlOf"/> plus its hash.</summary>
    public static IReadOnlyList<LinkedAsset> Link(IReadOnlyList<ThemeAsset> assets, Func<string, string> urlOf) =>
        assets.Select(a => new LinkedAsset(a.Name, a.Bytes, urlOf(a.Name) + "?v=" + Hash(a.Bytes))).ToList();

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
