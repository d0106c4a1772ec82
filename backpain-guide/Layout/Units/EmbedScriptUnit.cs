using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// theme/embed/: embed.js at its stable address (what hosts paste) and at a hashed one (to pin a
/// version), and the embed pages' own stylesheet and script under embed/.
/// </summary>
public sealed class EmbedScriptUnit : IOutputUnit
{
    public string Name => "embed script";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var urls = context.Urls;
        foreach (var asset in context.EmbedAssets)
        {
            if (asset.Name == "embed.js")
            {
                var hashed = urls.HashedEmbedScript(LinkedAsset.Hash(asset.Bytes));
                yield return new OutputFile(urls.FileOf(urls.EmbedScript()), () => asset.Bytes,
                    Headers: EmbedHeaders.Script(urls.EmbedScript(), immutable: false));
                yield return new OutputFile(urls.FileOf(hashed), () => asset.Bytes,
                    Headers: EmbedHeaders.Script(urls.BasePath + "embed/embed.*", immutable: true));
            }
            else
            {
                yield return new OutputFile(urls.FileOf(urls.FrameAsset(asset.Name)), () => asset.Bytes);
            }
        }
    }
}
