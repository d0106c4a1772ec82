using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BackpainGuide.Layout;

/// <summary>
/// A function for templates that Scriban calls directly. A delegate of a shape Scriban has no
/// typed wrapper for (ours: partial, fill, plural, before, after) is called through
/// <c>Delegate.DynamicInvoke</c>, reflection that every page paid for several times over.
/// Arguments are converted with <see cref="TemplateContext.ToObject{T}"/>, as Scriban converts
/// them for a delegate's parameters, so templates see no difference.
/// </summary>
internal sealed class TemplateFunction(Type[] parameters, Type returnType, Func<TemplateContext, SourceSpanArguments, object?> call)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters.Length;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => new(parameters[index], "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        call(context, new SourceSpanArguments(context, callerContext, arguments));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public static TemplateFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> function) =>
        new([typeof(T1), typeof(T2)], typeof(TResult), (_, a) => function(a.Get<T1>(0), a.Get<T2>(1)));

    public static TemplateFunction Of<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> function) =>
        new([typeof(T1), typeof(T2), typeof(T3)], typeof(TResult), (_, a) => function(a.Get<T1>(0), a.Get<T2>(1), a.Get<T3>(2)));

    /// <summary>With the calling context first, as Scriban passes it to a delegate that asks for it.</summary>
    public static TemplateFunction WithContext<T1, TResult>(Func<TemplateContext, T1, TResult> function) =>
        new([typeof(T1)], typeof(TResult), (context, a) => function(context, a.Get<T1>(0)));
}

/// <summary>A call's arguments, each converted to its parameter's type at the call's place in the template.</summary>
internal readonly struct SourceSpanArguments(TemplateContext context, ScriptNode? caller, ScriptArray arguments)
{
    public T Get<T>(int index) => context.ToObject<T>(caller?.Span ?? default, arguments[index])!;
}
