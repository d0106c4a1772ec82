using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>
/// Reads input/synonyms.yml: a list of lists of words or phrases, for example
/// <c>- ["paracetamol", "tylenol"]</c>. The file is optional; without it search has no synonyms.
/// </summary>
public static class SynonymsLoader
{
    public static IReadOnlyList<SynonymGroup>? Load(InputFile file, DiagnosticBag diagnostics)
    {
        if (!InputFolder.Exists(file)) return [];
        if (InputFolder.ReadText(file, diagnostics) is not { } text) return null;
        var root = YamlReader.Read(text, file.DisplayPath, 1, diagnostics);
        if (root is null) return null;
        if (root is YamlMapping { Entries.Count: 0 }) return [];
        if (root is not YamlSequence seq)
        {
            diagnostics.Add(Diagnostic.Error(Codes.BadSetting, file.DisplayPath, root.Line, root.Column,
                "synonyms.yml must be a list of lists, for example - [\"paracetamol\", \"tylenol\"]"));
            return null;
        }
        var groups = new List<SynonymGroup>();
        var failed = false;
        foreach (var item in seq.Items)
        {
            if (item is not YamlSequence group || group.Items.Count < 2)
            {
                failed |= Error(Codes.WrongType, item, "each entry must be a list of two or more words or phrases");
                continue;
            }
            var phrases = new List<string>();
            foreach (var phrase in group.Items)
            {
                if (phrase is not YamlScalar { IsPlainNull: false } scalar || scalar.Value.Trim().Length == 0)
                {
                    failed |= Error(Codes.WrongType, phrase, "each synonym must be a word or phrase");
                }
                else if (scalar.Value != scalar.Value.ToLowerInvariant())
                {
                    failed |= Error(Codes.BadSetting, phrase, $"synonym '{scalar.Value}' must be lower-case");
                }
                else
                {
                    phrases.Add(scalar.Value.Trim());
                }
            }
            groups.Add(new SynonymGroup(phrases));
        }
        return failed ? null : groups;

        bool Error(string code, YamlNode at, string message)
        {
            diagnostics.Add(Diagnostic.Error(code, file.DisplayPath, at.Line, at.Column, message));
            return true;
        }
    }
}
