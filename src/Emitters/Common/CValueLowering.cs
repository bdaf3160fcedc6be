using Bindgen.Model.IR;

namespace Bindgen.Emitters.Common;

/// <summary>
/// Value conversions, enums and structs as the CPython and HPy emitters both lower them. The one thing
/// that differs is where a class object lives, hence stateFieldPrefix: CPython keeps it in a bg_state
/// field ("type_X"), HPy in an HPyGlobal ("bg_g_type_X").
/// </summary>
public sealed class CValueLowering(BoundModule m, string stateFieldPrefix)
{
    readonly BoundModule _m = m;
    readonly Dictionary<string, ConversionModel> _convs = new();

    /// <summary>Every converter registered so far, in a stable order.</summary>
    public List<ConversionModel> Conversions => _convs.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

    // ---- conversions ----

    /// <summary>The converter key for a value type, registering bg_from_py_KEY / bg_to_py_KEY.</summary>
    public string Conv(BoundType t)
    {
        var key = CText.Ident(t.CSpelling);
        if (_convs.ContainsKey(key)) return key;
        ConversionModel c = t switch
        {
            IntType i when i.Signed => new ConversionModel
            {
                Key = key, CType = t.CSpelling, Kind = "int",
                Min = i.Size == 8 ? "LLONG_MIN" : i.MinValue + "LL", Max = i.Size == 8 ? "LLONG_MAX" : i.MaxValue + "LL",
            },
            IntType i => new ConversionModel { Key = key, CType = t.CSpelling, Kind = "uint", Max = i.Size == 8 ? "ULLONG_MAX" : i.MaxValue + "ULL" },
            FloatType f => new ConversionModel { Key = key, CType = t.CSpelling, Kind = "float", Single = f.Size == 4 },
            BoolType => new ConversionModel { Key = key, CType = t.CSpelling, Kind = "bool" },
            EnumType e => EnumConv(key, e),
            StructType s => new ConversionModel
            {
                Key = key, CType = t.CSpelling, Kind = "struct", ObjType = StructObj(s.Struct), TypeField = StructTypeField(s.Struct),
                PyName = _m.Struct(s.Struct).ClassName,
            },
            _ => throw new InvalidOperationException($"no value conversion for {t}"),
        };
        _convs[key] = c;
        return key;
    }

    /// <summary>
    /// Whether a value of type t needs a class object of the module to convert: a struct type or an enum class
    /// (what ConversionModel.UsesState says of a registered converter; this answers for any type, converter or not).
    /// </summary>
    public bool UsesState(BoundType t) => t is StructType || t is EnumType e && EnumClass(e) is not null;

    /// <summary>The enum whose members an enum value becomes, or null for plain ints.</summary>
    BoundEnum? EnumClass(EnumType e) => _m.Enums.FirstOrDefault(x => x.CName == e.Enum) is { } en && en.Style != BoundEnumStyle.Int ? en : null;

    ConversionModel EnumConv(string key, EnumType e)
    {
        var it = new IntType(e.CSpelling, e.Size, e.Signed);
        return new ConversionModel
        {
            Key = key, CType = e.CSpelling, Kind = "enum", EnumSigned = e.Signed,
            Min = e.Signed ? (e.Size == 8 ? "LLONG_MIN" : it.MinValue + "LL") : "0",
            Max = e.Signed ? (e.Size == 8 ? "LLONG_MAX" : it.MaxValue + "LL") : (e.Size == 8 ? "ULLONG_MAX" : it.MaxValue + "ULL"),
            EnumField = EnumClass(e) is { } en ? EnumField(en) : "",
        };
    }

    // ---- names ----

    string EnumField(BoundEnum e) => stateFieldPrefix + "enum_" + CText.Ident(e.ClassName);
    public string StructObj(string s) => "bg_obj_" + CText.Ident(_m.Struct(s).ClassName);
    public string StructTypeField(string s) => stateFieldPrefix + "type_" + CText.Ident(_m.Struct(s).ClassName);
    public string HandlePrefix(string h) => "bg_" + CText.Ident(_m.Handle(h).ClassName);
    public string HandleObj(string h) => "bg_obj_" + CText.Ident(_m.Handle(h).ClassName);

    // ---- enums, structs ----

    public EnumModel LowerEnum(BoundEnum e) => new()
    {
        ClassName = e.ClassName,
        Field = EnumField(e),
        Base = e.Style switch { BoundEnumStyle.IntEnum => "IntEnum", BoundEnumStyle.IntFlag => "IntFlag", _ => "" },
        Prefix = "bg_" + EnumField(e),
        Members = e.Members.Select(m => new EnumMemberModel(m.PyName, m.Value == long.MinValue ? "LLONG_MIN" : m.Value + "LL")).ToList(),
    };

    public StructModel LowerStruct(BoundStruct s)
    {
        var prefix = "bg_" + CText.Ident(s.ClassName);
        return new StructModel
        {
            ClassName = s.ClassName,
            CType = s.CSpelling,
            ObjType = StructObj(s.CName),
            TypeField = StructTypeField(s.CName),
            Prefix = prefix,
            QualifiedName = CText.Literal($"{_m.Name}.{s.ClassName}"),
            DocLiteral = CText.Literal(PyText.SignatureDoc(s.ClassName,
                s.Fields.Select(f => f.PyName + "=" + (f.ArrayLength is null ? "0" : "()")), s.Doc)),
            Size = s.Size,
            Fields = s.Fields.Select(f => LowerField(prefix, s, f)).ToList(),
        };
    }

    FieldModel LowerField(string prefix, BoundStruct s, BoundField f)
    {
        string bmin = "0", bmax = "0";
        if (f.BitWidth is { } w && f.Type is IntType or EnumType)
        {
            bool signed = f.Type is IntType { Signed: true } || f.Type is EnumType { Signed: true };
            bmin = signed ? (-(1L << (w - 1))).ToString() + "LL" : "0LL";
            bmax = signed ? ((1L << (w - 1)) - 1).ToString() + "LL" : w >= 63 ? "LLONG_MAX" : ((1L << w) - 1).ToString() + "LL";
        }
        return new FieldModel
        {
            PyName = f.PyName,
            CName = f.CName,
            CType = f.Type.CSpelling,
            Conv = Conv(f.Type),
            Readonly = f.Readonly,
            IsBitfield = f.BitWidth is not null && f.Type is IntType or EnumType,
            BitMin = bmin,
            BitMax = bmax,
            IsArray = f.ArrayLength is not null,
            ArrayLength = f.ArrayLength ?? 0,
            Getter = $"{prefix}_get_{f.CName}",
            Setter = $"{prefix}_set_{f.CName}",
            DocLiteral = CText.LiteralOrNull(f.Doc),
        };
    }
}
