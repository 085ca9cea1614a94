#include "package/PackageObject.h"

const PackageField *PackageObject::field(const QString &apiName) const
{
    for (const PackageField &f : fields) {
        if (f.name.compare(apiName, Qt::CaseInsensitive) == 0) {
            return &f;
        }
    }
    return nullptr;
}

QList<const PackageField *> PackageObject::parentReferences() const
{
    QList<const PackageField *> out;
    for (const PackageField &f : fields) {
        if (f.isReference() && !f.parentKey.isEmpty()) {
            out.append(&f);
        }
    }
    return out;
}
