using BackpainGuide.Tests.Support;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>A real question file with a few random mutations applied, in order.</summary>
internal sealed record MutatedQuestion(string Seed, Mutation[] Mutations)
{
    private static readonly Lazy<Dictionary<string, byte[]>> Seeds = new(() =>
        Directory.GetFiles(RepoPaths.QuestionsOf(RepoPaths.Input), "*.md").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes));

    public static Gen<MutatedQuestion> Gen => With(8);

    /// <summary>
    /// One to three mutations: whole builds need a fair share of files that still load, so that
    /// both outcomes, a site and a refusal, are exercised (eight mutations break nearly every file).
    /// </summary>
    public static Gen<MutatedQuestion> Few => With(3);

    private static Gen<MutatedQuestion> With(int most) =>
        CsCheck.Gen.Select(CsCheck.Gen.OneOf(Seeds.Value.Keys.ToArray()), Mutation.Gen.Array[1, most], (seed, mutations) => new MutatedQuestion(seed, mutations));

    public byte[] Bytes() => Mutations.Aggregate(Seeds.Value[Seed], (file, mutation) => mutation.Apply(file));

    public override string ToString() => $"{Seed}: {string.Join("; ", Mutations.Select(m => m.ToString()))}";
}
