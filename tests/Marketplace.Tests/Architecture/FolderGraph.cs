using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Marketplace.Tests.Architecture;

/// <summary>
/// Which top-level folders (namespaces under the project's root namespace) of one assembly use
/// which others, read from the compiled code: every type's base, interfaces, fields, properties,
/// signatures, attributes and generic arguments, and every type, method and field a method body
/// names in its IL, with its locals, its catch clauses and the parameters of what it calls (lambdas,
/// async state machines and C# 14 extension members included, since they compile to types and
/// calls of their own), generic constraints, and attributes with the types they are given.
/// Constants are inlined by the compiler and so are not seen; a folder that uses only another's
/// constants is not said to depend on it.
/// </summary>
public sealed class FolderGraph
{
    public const string Root = "(root)";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly string _prefix;

    private FolderGraph(string rootNamespace, IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        _prefix = rootNamespace + ".";
        Edges = edges;
    }

    /// <summary>Folder → the other folders it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; }

    public static FolderGraph Of(Assembly assembly, string rootNamespace)
    {
        var edges = new Dictionary<string, HashSet<string>>();
        var graph = new FolderGraph(rootNamespace, new Dictionary<string, IReadOnlySet<string>>());
        var unresolved = new StrongBox<int>(0);
        foreach (var type in assembly.GetTypes())
        {
            var from = graph.FolderOf(type);
            if (from is null) continue;
            var used = edges.TryGetValue(from, out var set) ? set : edges[from] = [];
            foreach (var target in UsedTypes(type, unresolved))
            {
                if (target.Assembly == assembly && graph.FolderOf(target) is { } to && to != from) used.Add(to);
            }
        }
        return new FolderGraph(rootNamespace, edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value)) { UnresolvedTokens = unresolved.Value };
    }

    /// <summary>A graph given by hand, for testing the rules themselves.</summary>
    public static FolderGraph Given(params (string From, string To)[] edges) =>
        new("Given", edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(e => e.To).ToHashSet()));

    /// <summary>The folder of a type of this assembly, or null for a type outside the root namespace.</summary>
    public string? FolderOf(Type type)
    {
        // Program (top-level statements) is in the global namespace: the composition root. So are
        // the compiler's own types (<Module>, anonymous types), which belong to no folder.
        if (type.Namespace is null) return Outermost(type).Name.StartsWith('<') ? null : Root;
        var name = type.Namespace + ".";
        if (name == _prefix) return Root;
        if (!name.StartsWith(_prefix, StringComparison.Ordinal)) return null;
        return name[_prefix.Length..].Split('.')[0];
    }

    /// <summary>Tokens in method bodies that could not be resolved: each is an arrow the graph may miss.</summary>
    public int UnresolvedTokens { get; private init; }

    /// <summary>Every cycle's folders, as the strongly connected components of more than one folder.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var nodes = Edges.Keys.Concat(Edges.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var reaches = nodes.ToDictionary(n => n, Reachable);
        return nodes
            .Select(n => nodes.Where(m => m == n || (reaches[n].Contains(m) && reaches[m].Contains(n))).ToList())
            .Where(component => component.Count > 1)
            .DistinctBy(component => string.Join(",", component))
            .ToList();
    }

    /// <summary>The shortest way round a cycle through <paramref name="folder"/>, such as "Needs → Matching → Needs"; null when there is none.</summary>
    public string? ShortestCycleThrough(string folder)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([folder]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Edges.GetValueOrDefault(node) ?? new HashSet<string>())
            {
                if (next == folder)
                {
                    var path = new List<string> { folder, node };
                    for (var at = node; at != folder; at = cameFrom[at]) path.Add(cameFrom[at]);
                    path.Reverse();
                    return string.Join(" → ", path);
                }
                if (cameFrom.TryAdd(next, node)) queue.Enqueue(next);
            }
        }
        return null;
    }

    /// <summary>The arrows from a floor (a folder every feature may use) to a folder that is not a floor.</summary>
    public IReadOnlyList<string> ArrowsFromFloors(IReadOnlySet<string> floors) =>
        Edges.Where(e => floors.Contains(e.Key))
            .SelectMany(e => e.Value.Where(to => !floors.Contains(to)).Select(to => $"{e.Key} → {to}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([start]);
        while (stack.TryPop(out var node))
        {
            foreach (var next in Edges.GetValueOrDefault(node) ?? new HashSet<string>())
            {
                if (seen.Add(next)) stack.Push(next);
            }
        }
        return seen;
    }

    private static IEnumerable<Type> UsedTypes(Type type, StrongBox<int> unresolved)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type?> { type.BaseType, type.DeclaringType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(Constraints(type));
        direct.AddRange(AttributeTypes(type.GetCustomAttributesData()));
        foreach (var field in type.GetFields(all))
        {
            direct.Add(field.FieldType);
            direct.AddRange(AttributeTypes(field.GetCustomAttributesData()));
        }
        foreach (var property in type.GetProperties(all))
        {
            direct.Add(property.PropertyType);
            direct.AddRange(AttributeTypes(property.GetCustomAttributesData()));
        }
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            direct.AddRange(AttributeTypes(method.GetCustomAttributesData()));
            foreach (var parameter in method.GetParameters())
            {
                direct.Add(parameter.ParameterType);
                direct.AddRange(AttributeTypes(parameter.GetCustomAttributesData()));
            }
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
                direct.AddRange(Constraints(info));
            }
            var body = method.GetMethodBody();
            direct.AddRange(body?.LocalVariables.Select(v => v.LocalType) ?? []);
            direct.AddRange(body?.ExceptionHandlingClauses.Where(c => c.Flags == ExceptionHandlingClauseOptions.Clause).Select(c => c.CatchType) ?? []);
            direct.AddRange(BodyTypes(method, unresolved));
        }
        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Constraints(Type type) =>
        type.IsGenericTypeDefinition ? type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : [];

    private static IEnumerable<Type> Constraints(MethodInfo method) =>
        method.IsGenericMethodDefinition ? method.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : [];

    /// <summary>Attributes' own types and the types they are given (<c>[Attr(typeof(X))]</c>).</summary>
    private static IEnumerable<Type> AttributeTypes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.SelectMany(a => new[] { a.AttributeType }
            .Concat(a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)).Select(v => v.Value).OfType<Type>()));

    /// <summary>The types, and declaring types of the methods and fields, that a method's IL names.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method, StrongBox<int> unresolved)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                if (member is null) unresolved.Value++;
                if (member is Type t)
                {
                    yield return t;
                }
                else if (member is not null)
                {
                    if (member.DeclaringType is { } declaring) yield return declaring;
                    if (member is MethodBase calledAny)
                    {
                        foreach (var parameter in calledAny.GetParameters()) yield return parameter.ParameterType;
                    }
                    if (member is MethodInfo called)
                    {
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : []) yield return argument;
                        yield return called.ReturnType;
                    }
                    if (member is FieldInfo field) yield return field.FieldType;
                }
            }
            at += OperandSize(code, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (Exception e) when (e is ArgumentException or TypeLoadException or MissingMemberException or BadImageFormatException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return new[] { type.GetGenericTypeDefinition() }.Concat(type.GetGenericArguments().SelectMany(Unwrap));
        }
        return [type];
    }
}
