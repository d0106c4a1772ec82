using System.Globalization;
using BackpainGuide.Diagnostics;
using BackpainGuide.Model;

namespace BackpainGuide.Validate;

/// <summary>
/// Warns about pages whose next review is due. The only rule that reads the clock, so the day is
/// passed in; it changes diagnostics only, never a byte of output.
/// </summary>
public static class ReviewDates
{
    public static void WarnOverdue(IEnumerable<Question> questions, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var q in questions)
        {
            if (q.NextReview is not { } due || due.Value >= today) continue;
            diagnostics.Add(Diagnostic.Warning(Codes.ReviewOverdue, q.SourcePath, due.Line, due.Column,
                $"review overdue: next_review was {Iso(due.Value)}; check the page against its sources, then update reviewed and next_review"));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
