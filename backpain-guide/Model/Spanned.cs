namespace BackpainGuide.Model;

/// <summary>A value with the 1-based line and column where it was written in its file.</summary>
public readonly record struct Spanned<T>(T Value, int Line, int Column);
