using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BackpainGuide.Layout;

/// <summary>
/// Writes once, for a whole build, the parts of a template that read nothing but <c>site</c>: the
/// header, navigation, search panel and footer of layout.sbn, and every <c>site.text.*</c>
/// elsewhere, were evaluated again on each of 40,000 pages. A run of statements whose output can
/// depend only on <c>site</c> (and on loop variables bound inside it) is rendered once, escaped as
/// any page would escape it, and put back in the template as raw text. Anything the check does not
/// know (a function call, a pipe, an assignment, a partial) keeps the run as it was.
/// </summary>
internal static class SiteFolding
{
    private const string SiteVariable = "site";

    /// <summary>
    /// Folds every template of <paramref name="templates"/> in place for <paramref name="site"/>,
    /// or none when some template could bind <c>site</c> to anything else (an assignment, a loop
    /// variable, a capture, a <c>with</c>, an import or a function of its own).
    /// </summary>
    /// <param name="context">An escaping context with nothing of a page pushed, as every page is rendered on.</param>
    public static bool TryFold(IReadOnlyDictionary<string, Template> templates, ScriptObject site, EscapingTemplateContext context)
    {
        if (templates.Values.Any(t => MayRebindSite(t.Page!))) return false;
        var globals = new ScriptObject();
        globals.SetValue(SiteVariable, site, readOnly: true);
        context.PushGlobal(globals);
        try
        {
            foreach (var template in templates.Values) Fold(template.Page!.Body, context);
        }
        finally
        {
            context.PopGlobal();
        }
        return true;
    }

    private static void Fold(ScriptBlockStatement? block, TemplateContext context)
    {
        if (block is null) return;
        var statements = block.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            if (!IsInvariant(statements[i], [], 0))
            {
                FoldInside(statements[i], context);
                continue;
            }
            var end = i;
            while (end + 1 < statements.Count && IsInvariant(statements[end + 1], [], 0)) end++;
            if ((end > i || statements[i] is not ScriptRawStatement) && Render(statements, i, end, context) is { } text)
            {
                for (var k = end; k > i; k--) statements.RemoveAt(k);
                statements[i] = new ScriptRawStatement { Text = new ScriptStringSlice(text) };
            }
            else
            {
                i = end;
            }
        }
    }

    /// <summary>Folds the blocks of a statement that as a whole depends on the page.</summary>
    private static void FoldInside(ScriptStatement statement, TemplateContext context)
    {
        switch (statement)
        {
            case ScriptIfStatement s:
                Fold(s.Then, context);
                FoldElse(s.Else, context);
                break;
            case ScriptForStatement s:
                Fold(s.Body, context);
                Fold(s.Else?.Body, context);
                break;
            case ScriptBlockStatement s:
                Fold(s, context);
                break;
        }
    }

    private static void FoldElse(ScriptConditionStatement? statement, TemplateContext context)
    {
        if (statement is ScriptElseStatement e) Fold(e.Body, context);
        else if (statement is ScriptIfStatement i) FoldInside(i, context);
    }

    /// <summary>
    /// The output of statements <paramref name="first"/> to <paramref name="last"/>, written as
    /// <see cref="ScriptBlockStatement"/> writes them; null when they fail with only <c>site</c>
    /// to read, and are then left to fail (or not) on each page as before.
    /// </summary>
    private static string? Render(ScriptList<ScriptStatement> statements, int first, int last, TemplateContext context)
    {
        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            for (var k = first; k <= last; k++)
            {
                var statement = statements[k];
                if (statement.CanSkipEvaluation) continue;
                var result = context.Evaluate(statement);
                if (statement.CanOutput && result is not null) context.Write(statement.Span, result);
            }
            return output.Builder.ToString();
        }
        catch (Exception)
        {
            return null;
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>
    /// Whether <paramref name="node"/>'s output can depend only on <c>site</c>, on the names in
    /// <paramref name="bound"/> (loop variables bound inside the run) and, within
    /// <paramref name="loops"/> loops of the run, on <c>for.*</c>.
    /// </summary>
    private static bool IsInvariant(ScriptNode? node, IReadOnlyList<string> bound, int loops) => node switch
    {
        null => true,
        ScriptRawStatement => true,
        // The {{ and }} markers: they write nothing.
        ScriptEscapeStatement => true,
        ScriptExpressionStatement s => IsInvariant(s.Expression, bound, loops),
        ScriptBlockStatement s => s.Statements.All(x => IsInvariant(x, bound, loops)),
        ScriptIfStatement s => IsInvariant(s.Condition, bound, loops) && IsInvariant(s.Then, bound, loops) && IsInvariant(s.Else, bound, loops),
        ScriptElseStatement s => IsInvariant(s.Body, bound, loops),
        ScriptForStatement s when s.GetType() == typeof(ScriptForStatement) && s.NamedArguments is not { Count: > 0 }
            && s.Variable is ScriptVariableGlobal or ScriptVariableLocal =>
            IsInvariant(s.Iterator, bound, loops)
            && IsInvariant(s.Body, [.. bound, ((ScriptVariable)s.Variable).Name], loops + 1)
            && IsInvariant(s.Else, bound, loops),
        ScriptLiteral => true,
        // for.first, for.last and the like, of a loop inside the run.
        ScriptVariableGlobal v when v.Name == ScriptVariable.ForObject.Name => loops > 0,
        ScriptVariableGlobal v => v.Name == SiteVariable || bound.Contains(v.Name),
        ScriptVariableLocal v => bound.Contains(v.Name),
        // The member's name is not read as a variable: only what it is taken from counts.
        ScriptMemberExpression m => IsInvariant(m.Target, bound, loops),
        ScriptIndexerExpression x => IsInvariant(x.Target, bound, loops) && IsInvariant(x.Index, bound, loops),
        ScriptNestedExpression n => IsInvariant(n.Expression, bound, loops),
        ScriptBinaryExpression b => IsInvariant(b.Left, bound, loops) && IsInvariant(b.Right, bound, loops),
        ScriptUnaryExpression u => u.Operator is ScriptUnaryOperator.Not or ScriptUnaryOperator.Negate or ScriptUnaryOperator.Plus
            && IsInvariant(u.Right, bound, loops),
        _ => false,
    };

    private static bool MayRebindSite(ScriptNode root)
    {
        var finder = new RebindFinder();
        finder.Visit(root);
        return finder.Found;
    }

    /// <summary>Finds anything that could give <c>site</c> another value than the build's.</summary>
    private sealed class RebindFinder : ScriptVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(ScriptAssignExpression node)
        {
            Found |= RootName(node.Target) == SiteVariable;
            base.Visit(node);
        }

        public override void Visit(ScriptForStatement node)
        {
            Found |= RootName(node.Variable) == SiteVariable;
            base.Visit(node);
        }

        public override void Visit(ScriptCaptureStatement node)
        {
            Found |= RootName(node.Target) == SiteVariable;
            base.Visit(node);
        }

        public override void Visit(ScriptWithStatement node)
        {
            Found = true;
            base.Visit(node);
        }

        public override void Visit(ScriptImportStatement node)
        {
            Found = true;
            base.Visit(node);
        }

        public override void Visit(ScriptFunction node)
        {
            Found = true;
            base.Visit(node);
        }

        private static string? RootName(ScriptExpression? expression) => expression switch
        {
            ScriptVariable v => v.Name,
            ScriptMemberExpression m => RootName(m.Target),
            ScriptIndexerExpression x => RootName(x.Target),
            _ => null,
        };
    }
}
