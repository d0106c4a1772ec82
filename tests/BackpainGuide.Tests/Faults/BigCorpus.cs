using System.Diagnostics;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Faults;

/// <summary>
/// A large input folder, made once per test run: the shared benchmark generator's corpus when
/// python3 and shared/bench/gen-corpus.py are there, else copies of the real questions.
/// </summary>
internal static class BigCorpus
{
    public const int Questions = 3000;

    private static readonly Lazy<string> Folder = new(Make);

    public static string Input => Folder.Value;

    private static string Make()
    {
        var temp = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => temp.Dispose();
        var input = temp["corpus"];
        if (!(Generator() is { } script && RunPython(script, input))) CopyRealQuestions(input, Questions);
        // The corpus has its own questions, so the real guide's urgent_question names none of them.
        File.WriteAllLines(Path.Combine(input, "site.yml"),
            File.ReadLines(Path.Combine(RepoPaths.Input, "site.yml")).Where(l => !l.StartsWith("urgent_question:", StringComparison.Ordinal)));
        return input;
    }

    /// <summary>shared/ sits beside the repository (or one of its parents) here and on CI.</summary>
    private static string? Generator()
    {
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "shared", "bench", "gen-corpus.py");
            if (File.Exists(script)) return script;
        }
        return null;
    }

    private static bool RunPython(string script, string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", [script, Questions.ToString(System.Globalization.CultureInfo.InvariantCulture), output])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && File.Exists(Path.Combine(output, "tags.yml"));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no python3
        }
    }

    /// <summary>The guide's input with <paramref name="count"/> renamed copies of its questions beside the originals.</summary>
    internal static void CopyRealQuestions(string input, int count)
    {
        FileTree.Copy(RepoPaths.Input, input);
        var questions = Directory.GetFiles(RepoPaths.QuestionsOf(RepoPaths.Input), "*.md").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var source = questions[i % questions.Length];
            var text = File.ReadAllText(source).Replace("title: \"", $"title: \"Copy {i}: ", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(input, "questions", $"{Path.GetFileNameWithoutExtension(source)}-copy-{i}.md"), text);
        }
    }
}
