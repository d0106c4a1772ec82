namespace BackpainGuide.Tests.Support;

/// <summary>
/// Expected-output files. With BACKPAIN_UPDATE_GOLDEN=1 a test rewrites the file instead of
/// comparing, so a deliberate change in messages is one run plus a review of the diff.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("BACKPAIN_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string expectedFile, string actual)
    {
        if (Updating)
        {
            File.WriteAllText(expectedFile, actual);
            return;
        }
        Assert.True(File.Exists(expectedFile), $"{expectedFile} is missing; run the tests with BACKPAIN_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedFile), actual);
    }
}
