#include "salesforce/SfSchema.h"

#include <QJsonArray>
#include <QSet>

namespace {

SfSchema::Field systemField(const QString &name, const QString &label, const QString &type)
{
    SfSchema::Field f;
    f.name = name;
    f.label = label;
    f.type = type;
    f.system = true;
    f.createable = false;
    f.updateable = false;
    f.nillable = false;
    f.defaultedOnCreate = true;
    f.length = type == QLatin1String("id") || type == QLatin1String("reference") ? 18 : 0;
    if (name == QLatin1String("Id")) {
        f.idLookup = true;
    }
    return f;
}

SfSchema::Field reference(const QString &name, const QString &label, const QString &target,
                          const QString &rel)
{
    SfSchema::Field f = systemField(name, label, QStringLiteral("reference"));
    f.referenceTo = target;
    f.relationshipName = rel;
    return f;
}

QList<SfSchema::Field> systemFields()
{
    return {systemField(QStringLiteral("Id"), QStringLiteral("Record ID"), QStringLiteral("id")),
            reference(QStringLiteral("OwnerId"), QStringLiteral("Owner ID"), QStringLiteral("User"),
                      QStringLiteral("Owner")),
            systemField(QStringLiteral("IsDeleted"), QStringLiteral("Deleted"), QStringLiteral("boolean")),
            systemField(QStringLiteral("CreatedDate"), QStringLiteral("Created Date"),
                        QStringLiteral("datetime")),
            reference(QStringLiteral("CreatedById"), QStringLiteral("Created By ID"), QStringLiteral("User"),
                      QStringLiteral("CreatedBy")),
            systemField(QStringLiteral("LastModifiedDate"), QStringLiteral("Last Modified Date"),
                        QStringLiteral("datetime")),
            reference(QStringLiteral("LastModifiedById"), QStringLiteral("Last Modified By ID"),
                      QStringLiteral("User"), QStringLiteral("LastModifiedBy")),
            systemField(QStringLiteral("SystemModstamp"), QStringLiteral("System Modstamp"),
                        QStringLiteral("datetime"))};
}

SfSchema::Field fromPackage(const PackageField &p)
{
    SfSchema::Field f;
    f.name = p.name;
    f.label = p.label;
    f.type = p.type;
    f.length = p.length;
    if (f.isReference()) {
        f.length = 18;
    }
    f.precision = p.precision;
    f.scale = p.scale;
    f.externalId = p.externalId;
    f.idLookup = p.externalId || p.nameField;
    f.unique = p.unique;
    f.caseSensitive = p.caseSensitive;
    f.autoNumber = p.autoNumber;
    f.calculated = p.calculated;
    f.formula = p.formula;
    f.nameField = p.nameField;
    f.custom = p.name.endsWith(QLatin1String("__c"));
    f.referenceTo = p.referenceTo;
    f.relationshipName = p.relationshipName;
    f.picklistValues = p.picklistValues;
    f.restrictedPicklist = p.restrictedPicklist;
    f.defaultValue = p.defaultValue;
    const bool boolean = p.type == QLatin1String("boolean");
    f.createable = !p.autoNumber && !p.calculated;
    f.updateable = f.createable;
    // Booleans are never nillable but always defaulted; an unnamed Name gets the record Id.
    f.nillable = !p.required && !boolean && !p.autoNumber && !p.calculated;
    f.defaultedOnCreate = boolean || p.autoNumber || p.calculated || p.nameField || p.defaultValue.isValid();
    if (p.nameField && !p.autoNumber) {
        f.nillable = false;
    }
    return f;
}

QString soapType(const QString &type)
{
    if (type == QLatin1String("id") || type == QLatin1String("reference")) {
        return QStringLiteral("tns:ID");
    }
    if (type == QLatin1String("double") || type == QLatin1String("currency") ||
        type == QLatin1String("percent")) {
        return QStringLiteral("xsd:double");
    }
    if (type == QLatin1String("int")) {
        return QStringLiteral("xsd:int");
    }
    if (type == QLatin1String("boolean")) {
        return QStringLiteral("xsd:boolean");
    }
    if (type == QLatin1String("date")) {
        return QStringLiteral("xsd:date");
    }
    if (type == QLatin1String("datetime")) {
        return QStringLiteral("xsd:dateTime");
    }
    return QStringLiteral("xsd:string");
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

bool SfSchema::Field::isText() const
{
    static const QSet<QString> text = {QStringLiteral("string"),   QStringLiteral("textarea"),
                                       QStringLiteral("picklist"), QStringLiteral("url"),
                                       QStringLiteral("phone"),    QStringLiteral("email"),
                                       QStringLiteral("combobox"), QStringLiteral("multipicklist")};
    return text.contains(type);
}

bool SfSchema::Field::isNumber() const
{
    return type == QLatin1String("double") || type == QLatin1String("currency") ||
           type == QLatin1String("percent") || type == QLatin1String("int");
}

const SfSchema::Field *SfSchema::Object::field(const QString &fieldName) const
{
    const auto it = byName.constFind(fieldName.toLower());
    return it == byName.constEnd() ? nullptr : &fields.at(it.value());
}

const SfSchema::Field *SfSchema::Object::lookupByRelationship(const QString &relationshipName) const
{
    const auto it = byRelationship.constFind(relationshipName.toLower());
    return it == byRelationship.constEnd() ? nullptr : &fields.at(it.value());
}

QString SfSchema::Object::autoNumberPrefix() const
{
    QString initials;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        initials += word.at(0).toUpper();
    }
    return initials.isEmpty() ? QStringLiteral("R") : initials;
}

void SfSchema::index(Object &object)
{
    object.byName.clear();
    object.byRelationship.clear();
    for (int i = 0; i < object.fields.size(); ++i) {
        object.byName.insert(object.fields.at(i).name.toLower(), i);
        if (!object.fields.at(i).relationshipName.isEmpty()) {
            object.byRelationship.insert(object.fields.at(i).relationshipName.toLower(), i);
        }
    }
}

void SfSchema::addStandardObjects()
{
    Object account;
    account.name = QStringLiteral("Account");
    account.label = QStringLiteral("Account");
    account.labelPlural = QStringLiteral("Accounts");
    account.keyPrefix = QStringLiteral("001");
    account.fields = systemFields();
    auto text = [](const QString &name, const QString &label, int length,
                   const QString &type = QStringLiteral("string")) {
        Field f;
        f.name = name;
        f.label = label;
        f.type = type;
        f.length = length;
        return f;
    };
    Field name = text(QStringLiteral("Name"), QStringLiteral("Account Name"), 255);
    name.nameField = true;
    name.idLookup = true;
    name.nillable = false; // required
    account.fields.append(name);
    account.fields.append(text(QStringLiteral("AccountNumber"), QStringLiteral("Account Number"), 40));
    Field type =
        text(QStringLiteral("Type"), QStringLiteral("Account Type"), 255, QStringLiteral("picklist"));
    type.picklistValues = {QStringLiteral("Prospect"), QStringLiteral("Customer - Direct"),
                           QStringLiteral("Customer - Channel"), QStringLiteral("Partner"),
                           QStringLiteral("Other")};
    account.fields.append(type);
    Field industry =
        text(QStringLiteral("Industry"), QStringLiteral("Industry"), 255, QStringLiteral("picklist"));
    industry.picklistValues = {QStringLiteral("Technology"),    QStringLiteral("Finance"),
                               QStringLiteral("Healthcare"),    QStringLiteral("Retail"),
                               QStringLiteral("Media"),         QStringLiteral("Energy"),
                               QStringLiteral("Manufacturing"), QStringLiteral("Other")};
    account.fields.append(industry);
    account.fields.append(
        text(QStringLiteral("Website"), QStringLiteral("Website"), 255, QStringLiteral("url")));
    account.fields.append(
        text(QStringLiteral("Phone"), QStringLiteral("Account Phone"), 40, QStringLiteral("phone")));
    account.fields.append(text(QStringLiteral("BillingStreet"), QStringLiteral("Billing Street"), 255,
                               QStringLiteral("textarea")));
    account.fields.append(text(QStringLiteral("BillingCity"), QStringLiteral("Billing City"), 40));
    account.fields.append(text(QStringLiteral("BillingState"), QStringLiteral("Billing State/Province"), 80));
    account.fields.append(
        text(QStringLiteral("BillingPostalCode"), QStringLiteral("Billing Zip/Postal Code"), 20));
    account.fields.append(text(QStringLiteral("BillingCountry"), QStringLiteral("Billing Country"), 80));
    account.fields.append(text(QStringLiteral("Description"), QStringLiteral("Account Description"), 32000,
                               QStringLiteral("textarea")));
    Field employees =
        text(QStringLiteral("NumberOfEmployees"), QStringLiteral("Employees"), 0, QStringLiteral("int"));
    employees.precision = 8;
    account.fields.append(employees);
    Field revenue = text(QStringLiteral("AnnualRevenue"), QStringLiteral("Annual Revenue"), 0,
                         QStringLiteral("currency"));
    revenue.precision = 18;
    account.fields.append(revenue);
    Field parent = text(QStringLiteral("ParentId"), QStringLiteral("Parent Account ID"), 18,
                        QStringLiteral("reference"));
    parent.referenceTo = QStringLiteral("Account");
    parent.relationshipName = QStringLiteral("Parent");
    account.fields.append(parent);
    index(account);
    m_objects.prepend(account);
}

void SfSchema::addPackage(const PackageDefinition &definition, const QStringList &omitFields)
{
    QSet<QString> omit;
    for (const QString &f : omitFields) {
        omit.insert(f.toLower());
    }
    for (const PackageObject &p : definition.objects()) {
        Object object;
        object.name = p.name;
        object.label = p.label;
        object.labelPlural = p.labelPlural;
        object.keyPrefix = p.keyPrefix;
        object.custom = true;
        object.package = definition.name();
        object.externalIdField = p.externalIdField;
        object.fields = systemFields();
        for (const PackageField &pf : p.fields) {
            if (omit.contains((p.name + QLatin1Char('.') + pf.name).toLower())) {
                continue;
            }
            object.fields.append(fromPackage(pf));
        }
        index(object);
        m_objects.append(object);
    }
}

const SfSchema::Object *SfSchema::object(const QString &name) const
{
    for (const Object &o : m_objects) {
        if (o.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &o;
        }
    }
    return nullptr;
}

const SfSchema::Object *SfSchema::objectForPrefix(const QString &keyPrefix) const
{
    for (const Object &o : m_objects) {
        if (o.keyPrefix == keyPrefix) {
            return &o;
        }
    }
    return nullptr;
}

QJsonObject SfSchema::globalEntry(const Object &object, const QString &apiVersion) const
{
    const QString base = QStringLiteral("/services/data/v%1/sobjects/%2").arg(apiVersion, object.name);
    return QJsonObject{
        {QStringLiteral("activateable"), false},
        {QStringLiteral("associateEntityType"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("associateParentEntity"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createable"), true},
        {QStringLiteral("custom"), object.custom},
        {QStringLiteral("customSetting"), false},
        {QStringLiteral("deepCloneable"), false},
        {QStringLiteral("deletable"), true},
        {QStringLiteral("deprecatedAndHidden"), false},
        {QStringLiteral("feedEnabled"), !object.custom},
        {QStringLiteral("hasSubtypes"), false},
        {QStringLiteral("isInterface"), false},
        {QStringLiteral("isSubtype"), false},
        {QStringLiteral("keyPrefix"), object.keyPrefix},
        {QStringLiteral("label"), object.label},
        {QStringLiteral("labelPlural"), object.labelPlural},
        {QStringLiteral("layoutable"), true},
        {QStringLiteral("mergeable"), !object.custom},
        {QStringLiteral("mruEnabled"), true},
        {QStringLiteral("name"), object.name},
        {QStringLiteral("queryable"), true},
        {QStringLiteral("replicateable"), true},
        {QStringLiteral("retrieveable"), true},
        {QStringLiteral("searchable"), true},
        {QStringLiteral("triggerable"), true},
        {QStringLiteral("undeletable"), true},
        {QStringLiteral("updateable"), true},
        {QStringLiteral("urls"),
         QJsonObject{{QStringLiteral("sobject"), base},
                     {QStringLiteral("describe"), QString(base + QStringLiteral("/describe"))},
                     {QStringLiteral("rowTemplate"), QString(base + QStringLiteral("/{ID}"))}}},
    };
}

QJsonObject SfSchema::describeGlobal(const QString &apiVersion) const
{
    QJsonArray list;
    for (const Object &o : m_objects) {
        list.append(globalEntry(o, apiVersion));
    }
    return QJsonObject{{QStringLiteral("encoding"), QStringLiteral("UTF-8")},
                       {QStringLiteral("maxBatchSize"), 200},
                       {QStringLiteral("sobjects"), list}};
}

QJsonObject SfSchema::describe(const Object &object, const QString &apiVersion) const
{
    QJsonObject d = globalEntry(object, apiVersion);
    QJsonArray fields;
    for (const Field &f : object.fields) {
        QJsonArray picklist;
        for (const QString &v : f.picklistValues) {
            picklist.append(QJsonObject{{QStringLiteral("active"), true},
                                        {QStringLiteral("defaultValue"), false},
                                        {QStringLiteral("label"), v},
                                        {QStringLiteral("validFor"), QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("value"), v}});
        }
        const bool text = f.isText() || f.type == QLatin1String("id") || f.isReference();
        QJsonValue defaultValue = QJsonValue::Null;
        if (f.defaultValue.isValid()) {
            defaultValue = QJsonValue::fromVariant(f.defaultValue);
        } else if (f.type == QLatin1String("boolean") && !f.system) {
            defaultValue = false;
        }
        fields.append(QJsonObject{
            {QStringLiteral("aggregatable"), f.type != QLatin1String("textarea")},
            {QStringLiteral("autoNumber"), f.autoNumber},
            {QStringLiteral("byteLength"), text ? f.length * 3 : 0},
            {QStringLiteral("calculated"), f.calculated},
            {QStringLiteral("calculatedFormula"), nullable(f.formula)},
            {QStringLiteral("cascadeDelete"), false},
            {QStringLiteral("caseSensitive"), f.caseSensitive},
            {QStringLiteral("controllerName"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createable"), f.createable},
            {QStringLiteral("custom"), f.custom},
            {QStringLiteral("defaultValue"), defaultValue},
            {QStringLiteral("defaultedOnCreate"), f.defaultedOnCreate},
            {QStringLiteral("dependentPicklist"), false},
            {QStringLiteral("deprecatedAndHidden"), false},
            {QStringLiteral("digits"), f.type == QLatin1String("int") ? f.precision : 0},
            {QStringLiteral("encrypted"), false},
            {QStringLiteral("externalId"), f.externalId},
            {QStringLiteral("filterable"), f.type != QLatin1String("textarea")},
            {QStringLiteral("groupable"), f.type != QLatin1String("textarea") && !f.isNumber()},
            {QStringLiteral("htmlFormatted"), false},
            {QStringLiteral("idLookup"), f.idLookup},
            {QStringLiteral("inlineHelpText"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("label"), f.label},
            {QStringLiteral("length"), text ? f.length : 0},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("nameField"), f.nameField},
            {QStringLiteral("nillable"), f.nillable},
            {QStringLiteral("permissionable"), f.custom && f.nillable},
            {QStringLiteral("picklistValues"), picklist},
            {QStringLiteral("precision"), f.type == QLatin1String("int") ? 0 : f.precision},
            {QStringLiteral("referenceTo"),
             f.referenceTo.isEmpty() ? QJsonArray() : QJsonArray{f.referenceTo}},
            {QStringLiteral("relationshipName"), nullable(f.relationshipName)},
            {QStringLiteral("restrictedDelete"), false},
            {QStringLiteral("restrictedPicklist"), f.restrictedPicklist},
            {QStringLiteral("scale"), f.scale},
            {QStringLiteral("soapType"), soapType(f.type)},
            {QStringLiteral("sortable"), f.type != QLatin1String("textarea")},
            {QStringLiteral("type"), f.type},
            {QStringLiteral("unique"), f.unique},
            {QStringLiteral("updateable"), f.updateable},
        });
    }
    d.insert(QStringLiteral("fields"), fields);
    QJsonArray children;
    for (const Object &child : m_objects) {
        for (const Field &f : child.fields) {
            if (!f.system && f.isReference() &&
                f.referenceTo.compare(object.name, Qt::CaseInsensitive) == 0) {
                children.append(
                    QJsonObject{{QStringLiteral("cascadeDelete"), false},
                                {QStringLiteral("childSObject"), child.name},
                                {QStringLiteral("field"), f.name},
                                {QStringLiteral("relationshipName"), QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("restrictedDelete"), false}});
            }
        }
    }
    d.insert(QStringLiteral("childRelationships"), children);
    d.insert(QStringLiteral("recordTypeInfos"),
             QJsonArray{QJsonObject{{QStringLiteral("active"), true},
                                    {QStringLiteral("available"), true},
                                    {QStringLiteral("defaultRecordTypeMapping"), true},
                                    {QStringLiteral("developerName"), QStringLiteral("Master")},
                                    {QStringLiteral("master"), true},
                                    {QStringLiteral("name"), QStringLiteral("Master")},
                                    {QStringLiteral("recordTypeId"), QStringLiteral("012000000000000AAA")}}});
    d.insert(QStringLiteral("namedLayoutInfos"), QJsonArray());
    d.insert(QStringLiteral("supportedScopes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("label"), QString(QStringLiteral("All ") + object.labelPlural)},
                             {QStringLiteral("name"), QStringLiteral("everything")}}});
    return d;
}
