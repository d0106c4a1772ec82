using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>
/// Reads input/synonyms.yml: a list of lists of words or phrases, for example
/// <c>- ["paracetamol", "tylenol"]</c>, or <c>- urgent: ["cauda equina syndrome", "numb bum"]</c>
/// for an emergency sign. The file is optional; without it search has no synonyms.
/// A synonym is plain words (letters, digits, and spaces, '-', '&amp;' or apostrophes between
/// them), so that nothing but the words the tokenizer would make reaches the search index.
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
        foreach (var entry in seq.Items)
        {
            // "- urgent: [...]" marks an emergency sign; anything else written as a mapping is a mistake.
            var item = entry;
            var urgent = false;
            if (entry is YamlMapping mapping)
            {
                if (mapping.Entries.Count != 1 || mapping.Entries[0].Key.Value != "urgent")
                {
                    var at = mapping.Entries.FirstOrDefault(e => e.Key.Value != "urgent").Key ?? (YamlNode)mapping;
                    failed |= Error(Codes.BadSynonymGroup, at, "a group written as a mapping must be 'urgent: [...]', a list of an emergency sign's words or phrases");
                    continue;
                }
                item = mapping.Entries[0].Value;
                urgent = true;
            }
            if (item is not YamlSequence group || group.Items.Count < 2)
            {
                failed |= Error(Codes.WrongType, item, "each entry must be a list of two or more words or phrases");
                continue;
            }
            if (group.Items.Count > Limits.MaxSynonymPhrases)
            {
                failed |= Error(Codes.TooManyEntries, group.Items[Limits.MaxSynonymPhrases],
                    $"{group.Items.Count:N0} synonyms in one group; a group may have at most {Limits.MaxSynonymPhrases}");
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
                else if (scalar.Value.FirstOrDefault(c => !IsPlain(c)) is var bad && bad != default)
                {
                    failed |= Error(Codes.SynonymNotPlain, phrase,
                        $"synonym '{scalar.Value}' has the character U+{(int)bad:X4}; use letters, digits, and spaces, '-', '&' or apostrophes between words");
                }
                else if (scalar.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > Limits.MaxSynonymWords)
                {
                    failed |= Error(Codes.TooManyEntries, phrase, $"synonym '{scalar.Value}' has more than {Limits.MaxSynonymWords} words");
                }
                else
                {
                    phrases.Add(scalar.Value.Trim());
                }
            }
            groups.Add(new SynonymGroup(phrases, urgent));
        }
        return failed ? null : groups;

        static bool IsPlain(char c) => char.IsLetterOrDigit(c) || c is ' ' or '-' or '&' or '\'' or '\u2019';

        bool Error(string code, YamlNode at, string message)
        {
            diagnostics.Add(Diagnostic.Error(code, file.DisplayPath, at.Line, at.Column, message));
            return true;
        }
    }
}
