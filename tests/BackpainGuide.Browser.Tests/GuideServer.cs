using System.Net;
using System.Net.Sockets;
using BackpainGuide.Build;
using BackpainGuide.Index;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(BackpainGuide.Browser.Tests.GuideServer))]

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// Builds the real guide (and a small hostile fixture site) with the generator, serves both on
/// 127.0.0.1 under sub-paths, and starts Debian's Chromium headless. Playwright's own browser
/// download is never used. Without /usr/bin/chromium the tests skip, unless
/// BACKPAIN_REQUIRE_BROWSER=1 (CI), where a missing browser fails them.
/// </summary>
public sealed class GuideServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string GuidePath = "/backpain-guide/";
    public const string HostilePath = "/hostile/";
    public const string HostileTitle = "<img src=x onerror=alert(1)>";
    public const string PoisonedPath = "/poisoned/";
    public const string SplitPath = "/split/";

    /// <summary>The split guide's head size: the fewest postings a head may have (search shows ten results).</summary>
    public const int SplitHead = 10;
    public const string StuffedSlug = "zz-stuffed";
    public const string PoisonSynonyms = "- [\"constructor constructor\", \"zzspam\"]";

    private readonly string root = Path.Combine(Path.GetTempPath(), "bg-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private HttpListener? listener;
    private IPlaywright? playwright;

    public string Origin { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "backpain-guide.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root");
        }
    }

    /// <summary>Skips the calling test when there is no browser, or fails it when CI requires one.</summary>
    public IBrowser RequireBrowser()
    {
        if (Browser is not null) return Browser;
        var why = $"{ChromiumPath} is not installed; browser tests need Debian's chromium package";
        if (Environment.GetEnvironmentVariable("BACKPAIN_REQUIRE_BROWSER") == "1") Assert.Fail(why + " (BACKPAIN_REQUIRE_BROWSER=1)");
        Assert.Skip(why);
        return null!;
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        var repo = RepoRoot;
        Build(Path.Combine(repo, "input"), "guide", GuidePath);
        Build(HostileInput(repo), "hostile", HostilePath);
        Build(PoisonedInput(repo), "poisoned", PoisonedPath);
        BuildSplit(Path.Combine(repo, "input"));

        listener = new HttpListener();
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        _ = Task.Run(Serve);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        listener?.Close();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private void Build(string input, string name, string subPath)
    {
        var output = Path.Combine(root, name);
        var result = SitePipeline.Run(new BuildOptions(input, output, Path.Combine(RepoRoot, "theme"), input, Origin + subPath));
        if (!result.Succeeded) throw new InvalidOperationException($"building {name} failed: " + string.Join("\n", result.Diagnostics));
    }

    /// <summary>
    /// The guide again, its search index cut with heads of <see cref="SplitHead"/> postings, so
    /// that its common words' lists are split into head and rest as a big site's are.
    /// </summary>
    private void BuildSplit(string input)
    {
        Build(input, "split", SplitPath);
        var plan = SitePipeline.Plan(new BuildOptions(input, Path.Combine(root, "split"), Path.Combine(RepoRoot, "theme"), input, Origin + SplitPath));
        var site = plan.Site ?? throw new InvalidOperationException("planning the split guide failed");
        var index = IndexBuilder.Build(SearchDocument.From(site, plan.Context!.Urls), site.Synonyms, SearchLanguage.For(site.Site.Language));
        var folder = Path.Combine(root, "split", "search", "index");
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        foreach (var file in IndexFiles.Files(index, SplitHead)) File.WriteAllBytes(Path.Combine(root, "split", file.Path), file.Content());
    }

    /// <summary>
    /// The real settings and tags, and one question whose title is an HTML injection attempt (tagged
    /// red-flag, so that the urgent-help link has a target) and whose body has an aligned table.
    /// </summary>
    private string HostileInput(string repo)
    {
        var input = Path.Combine(root, "hostile-input");
        Directory.CreateDirectory(Path.Combine(input, "questions"));
        var site = File.ReadAllLines(Path.Combine(repo, "input", "site.yml")).Where(l => !l.StartsWith("urgent_question:", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(input, "site.yml"), site);
        File.Copy(Path.Combine(repo, "input", "tags.yml"), Path.Combine(input, "tags.yml"));
        File.WriteAllText(Path.Combine(input, "questions", "hostile-title.md"), $"""
            ---
            title: "{HostileTitle}"
            summary: "A summary with <b>markup</b> and an onerror attribute that must show as text."
            tags: [remedy, red-flag]
            reviewed: 2026-01-01
            sources:
              - title: "A source"
                url: "https://example.org/"
            ---
            Body text about onerror handlers and <script>alert(2)</script> tags.

            | left | centre | right |
            |:-----|:------:|------:|
            | a | b | c |

            """);
        return input;
    }

    /// <summary>
    /// The real guide plus a search-poisoning attempt: a synonym group that names
    /// Object.prototype's "constructor", and one question stuffed with every word of the guide's
    /// search vocabulary (read from the guide just built) in its title, headings and body, with
    /// every tag.
    /// </summary>
    private string PoisonedInput(string repo)
    {
        var input = Path.Combine(root, "poisoned-input");
        CopyTree(Path.Combine(repo, "input"), input);
        File.AppendAllText(Path.Combine(input, "synonyms.yml"), PoisonSynonyms + "\n");
        var words = Directory.GetFiles(Path.Combine(root, "guide", "search", "index"), "vocab-*.json")
            .SelectMany(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateObject().Select(p => p.Name))
            .Concat(["constructor", "zzspam", "proto", "prototype", "tostring", "valueof", "hasownproperty"])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Lines stay under the generator's 20,000-character limit.
        var all = string.Join('\n', words.Chunk(100).Select(c => string.Join(' ', c)));
        var title = new System.Text.StringBuilder();
        foreach (var w in words.TakeWhile(w => title.Length + w.Length < 18_000)) title.Append(' ').Append(w);
        var headings = string.Concat(words.Chunk(8).Select(c => "## " + string.Join(' ', c) + "\n\n" + string.Join(' ', c) + "\n\n"));
        File.WriteAllText(Path.Combine(input, "questions", StuffedSlug + ".md"), $"""
            ---
            title: "Zzspam constructor{title}"
            summary: "Zzspam constructor emergency sciatica running back pain stretches painkillers plank core cramp shoes cadence mileage."
            tags: [cause, remedy, red-flag]
            related: [when-is-lower-back-pain-an-emergency]
            reviewed: 2026-01-01
            sources:
              - title: "A source"
                url: "https://example.org/"
            ---
            {all}

            {all}

            {all}

            {headings}
            """);
        return input;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (listener is { IsListening: true })
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            var file = FileFor(path);
            if (file is null)
            {
                response.StatusCode = 404;
            }
            else
            {
                var bytes = File.ReadAllBytes(file);
                response.ContentType = ContentType(file);
                // Static hosts answer a single byte range (search fetches one result so); the
                // hostile site does not, so the browser's whole-file fallback is tested too.
                if (!path.StartsWith(HostilePath, StringComparison.Ordinal) && Range(context.Request.Headers["Range"], bytes.Length) is var (from, to))
                {
                    response.StatusCode = 206;
                    response.AddHeader("Content-Range", $"bytes {from}-{to}/{bytes.Length}");
                    response.ContentLength64 = to - from + 1;
                    response.OutputStream.Write(bytes, from, to - from + 1);
                    return;
                }
                response.ContentLength64 = bytes.Length;
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>"bytes=a-b" within the file, or null (then the whole file is sent, as a host without ranges would).</summary>
    private static (int From, int To)? Range(string? header, int length)
    {
        if (header is null || !header.StartsWith("bytes=", StringComparison.Ordinal)) return null;
        var parts = header["bytes=".Length..].Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var from) || !int.TryParse(parts[1], out var to)) return null;
        return from >= 0 && from <= to && to < length ? (from, to) : null;
    }

    private string? FileFor(string path)
    {
        foreach (var (prefix, name) in new[] { (GuidePath, "guide"), (HostilePath, "hostile"), (PoisonedPath, "poisoned"), (SplitPath, "split") })
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var relative = path[prefix.Length..];
            if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
            var siteRoot = Path.Combine(root, name);
            var full = Path.GetFullPath(Path.Combine(siteRoot, relative));
            return full.StartsWith(siteRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
        }
        return null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    };
}
