namespace BackpainGuide.Load;

/// <summary>
/// The branch of "Edit this page" links, {repository}/edit/{branch}/...: a git branch name as
/// git check-ref-format allows it, further limited to characters that need no escaping in a URL.
/// "main/../../attacker/repo/edit/main" would otherwise send every reader elsewhere.
/// </summary>
public static class GitBranch
{
    public const int MaxLength = 200;

    public static bool IsValid(string branch)
    {
        if (branch.Length is 0 or > MaxLength || branch == "@" || branch[0] == '-') return false;
        if (!branch.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')) return false;
        if (branch.Contains("..", StringComparison.Ordinal) || branch.EndsWith('.')) return false;
        // Split on '/' keeps empty parts, so a leading, trailing or doubled '/' is an empty component.
        return branch.Split('/').All(part => part.Length > 0 && part[0] != '.' && !part.EndsWith(".lock", StringComparison.Ordinal));
    }
}
