using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban.Runtime;

namespace BackpainGuide.Layout;

/// <summary>
/// A view model's public properties and fields as a template's variables, as Scriban's
/// <c>ScriptObject.Import(object)</c> makes them, with the member list found once per type:
/// Import looks the members and their attributes up again on every call, which was 6% of a
/// 10,000-question build (reflection metadata is slow to read in a Native AOT binary).
/// </summary>
internal static class ModelGlobals
{
    private static readonly ConcurrentDictionary<Type, (string Name, MemberInfo Member)[]> Members = new();

    /// <summary>
    /// The site-wide view, which every page reads dozens of times (<c>site.text.*</c>, the tags),
    /// made a read-only script object once, so each read is a dictionary lookup, not reflection.
    /// </summary>
    private static readonly ConditionalWeakTable<SiteView, ScriptObject> Sites = new();

    public static ScriptObject Of(object model, MemberRenamerDelegate renamer) => Import(model, renamer, readOnly: false);

    /// <summary>The script object every model with <paramref name="site"/> gets as <c>site</c>.</summary>
    public static ScriptObject Site(SiteView site, MemberRenamerDelegate renamer) => Sites.GetValue(site, s => Import(s, renamer, readOnly: true));

    private static ScriptObject Import(object model, MemberRenamerDelegate renamer, bool readOnly)
    {
        var globals = new ScriptObject();
        foreach (var (name, member) in Members.GetOrAdd(model.GetType(), type => Find(type, renamer)))
        {
            var value = member is PropertyInfo p ? p.GetValue(model) : ((FieldInfo)member).GetValue(model);
            if (value is SiteView site) value = Site(site, renamer);
            globals.SetValue(name, value, readOnly);
        }
        return globals;
    }

    private static (string, MemberInfo)[] Find(Type type, MemberRenamerDelegate renamer)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Cast<MemberInfo>();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);
        return fields.Concat(properties)
            .Where(m => m.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
            .Select(m => (renamer(m), m))
            .ToArray();
    }
}
