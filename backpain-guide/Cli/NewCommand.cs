using BackpainGuide.Diagnostics;
using BackpainGuide.Load;

namespace BackpainGuide.Cli;

/// <summary>
/// `new "Question?" --tags cause`: writes input/questions/&lt;slug&gt;.md from <see cref="QuestionTemplate"/>
/// and prints its path. Refuses, with the diagnostics `check` would print, a slug that exists and
/// a tag tags.yml does not define; never overwrites a file.
/// </summary>
public static class NewCommand
{
    public static int Run(CommandLine line, InputFolder input, RunContext context, TextWriter stdout, TextWriter stderr)
    {
        var title = line.Title!.Trim();
        if (title.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
        {
            stderr.WriteLine("error: the question must be one line of text, without control characters");
            return Runner.UsageError;
        }
        var slug = Slug.Suggest(title);
        if (!Slug.IsValid(slug))
        {
            stderr.WriteLine("error: the question needs letters a-z or digits to make a file name from");
            return Runner.UsageError;
        }

        var tags = line.Tags ?? [];
        var file = input.File(Path.Combine("questions", slug + ".md"));
        var diagnostics = new DiagnosticBag();
        if (File.Exists(file.FullPath) || Directory.Exists(file.FullPath))
        {
            diagnostics.Add(Diagnostic.Error(Codes.DuplicateSlug, file.DisplayPath, 1, 1,
                $"a question with the slug '{slug}' already exists: edit this file, or word the new question differently"));
        }
        CheckTags(tags, SettingsLoader.LoadTags(input.File("tags.yml"), diagnostics), file.DisplayPath, diagnostics);
        if (diagnostics.HasErrors)
        {
            foreach (var d in diagnostics.Sorted()) stdout.WriteLine(d.ToString());
            stderr.WriteLine($"new failed: {file.DisplayPath} was not written.");
            return Runner.ContentErrors;
        }

        var text = QuestionTemplate.Text(title, tags, context.Today);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.FullPath)!);
            // CreateNew: a file that appeared since the check above is never overwritten.
            using var stream = new FileStream(file.FullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new System.Text.UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: cannot write {file.DisplayPath}: {ex.Message}");
            return Runner.ContentErrors;
        }
        stdout.WriteLine(file.DisplayPath);
        if (!line.Quiet)
        {
            stderr.WriteLine("next: write the summary and the answer, replace the placeholder source, then run check.");
        }
        return Runner.Ok;
    }

    /// <summary>The tags, reported where they will stand in the new file, as `check` would.</summary>
    private static void CheckTags(IReadOnlyList<string> tags, IReadOnlyList<Model.TagDefinition>? defined, string path, DiagnosticBag diagnostics)
    {
        var names = defined?.Select(t => t.Name).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            var (line, column) = (QuestionTemplate.TagsLine, QuestionTemplate.TagColumn(tags, i));
            if (!seen.Add(tags[i]))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateEntry, path, line, column, $"tag '{tags[i]}' is listed twice"));
            }
            else if (names is not null && !names.Contains(tags[i], StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(Codes.UnknownTag, path, line, column,
                    $"unknown tag '{tags[i]}'; tags.yml defines: {string.Join(", ", names)}"));
            }
        }
    }
}
