package com.hirefit.rules.drl;

import com.hirefit.rules.drl.CodePiece.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/**
 * Every piece of a parsed DRL file that the build reads as a name or as code, found by walking the parser's
 * descriptors: imports, globals, functions, declared types, attributes and metadata, and in each rule every
 * pattern type, constraint, {@code eval}, {@code from}, {@code collect}, {@code accumulate} (with its code
 * blocks) and action. A descriptor this walk does not know becomes a refused piece, so nothing the build would
 * read goes unseen.
 */
final class DrlPieces {
    private final RuleModel.DrlFile file;
    private final List<CodePiece> pieces = new ArrayList<>();
    private DrlRule rule;
    private String owner;
    private int limit;
    private int scope;
    private int scopes;

    private DrlPieces(RuleModel.DrlFile file) {
        this.file = file;
    }

    static List<CodePiece> of(RuleModel.DrlFile file, List<DrlRule> rules) {
        DrlPieces walk = new DrlPieces(file);
        walk.walk(file.descr(), rules);
        return walk.pieces;
    }

    private void walk(PackageDescr pkg, List<DrlRule> rules) {
        enter(null, null, pkg);
        add(Kind.PACKAGE, pkg.getName(), null, start(pkg));
        for (ImportDescr imported : pkg.getImports()) {
            add(Kind.IMPORT, imported.getTarget(), null, start(imported));
        }
        for (FunctionImportDescr imported : pkg.getFunctionImports()) {
            add(Kind.FUNCTION_IMPORT, imported.getTarget(), null, start(imported));
        }
        pkg.getAccumulateImports().forEach(imported -> refuse("import accumulate", imported));
        pkg.getGlobals().forEach(global -> refuse("global " + global.getIdentifier(), global));
        pkg.getEnumDeclarations().forEach(declared -> refuse("declare enum " + declared.getTypeName(), declared));
        pkg.getEntryPointDeclarations().forEach(declared -> refuse("declare entry-point", declared));
        pkg.getWindowDeclarations().forEach(declared -> refuse("declare window", declared));
        if (pkg.getUnit() != null) {
            refuse("unit", pkg.getUnit());
        }
        pkg.getAttributes().forEach(this::attribute);
        pkg.getTypeDeclarations().forEach(this::declaredType);
        pkg.getFunctions().forEach(this::function);
        for (int i = 0; i < pkg.getRules().size(); i++) {
            rule(pkg.getRules().get(i), rules.get(i));
        }
    }

    /** Enters a top-level descriptor: its pieces share a scope and are looked for inside its text only. */
    private void enter(DrlRule rule, String owner, BaseDescr descr) {
        this.rule = rule;
        this.owner = owner;
        this.scope = ++scopes;
        this.limit = descr.getEndCharacter() >= 0 ? Math.min(descr.getEndCharacter() + 1, file.text().length()) : file.text().length();
    }

    private void declaredType(TypeDeclarationDescr type) {
        enter(null, "declare " + type.getTypeName(), type);
        int at = add(Kind.DECLARED_TYPE, type.getTypeName(), null, start(type));
        if (type.isTrait()) {
            refuse("declare trait", type);
        }
        type.getAnnotations().forEach(annotation -> refuse("@" + annotation.getName() + " on a declared type", type));
        for (var superType : type.getSuperTypes()) {
            String namespace = superType.getNamespace();
            at = add(Kind.TYPE, namespace == null || namespace.isEmpty() || namespace.equals(file.descr().getName())
                    ? superType.getName() : superType.getFullName(), "super type", at);
        }
        for (TypeFieldDescr field : type.getFields().values()) {
            int f = add(Kind.FIELD, field.getFieldName(), type.getTypeName(), at);
            f = add(Kind.TYPE, field.getPattern().getObjectType(), "field type", f);
            field.getAnnotations().forEach(annotation -> refuse("@" + annotation.getName() + " on a field", field));
            if (field.getInitExpr() != null) {
                f = add(Kind.EXPRESSION, field.getInitExpr(), "field initialiser", f);
            }
            at = f;
        }
    }

    private void function(FunctionDescr function) {
        enter(null, "function " + function.getName(), function);
        if (function.getDialect() != null && !function.getDialect().equals("java")) {
            refuse("dialect " + function.getDialect(), function);
        }
        int at = add(Kind.TYPE, function.getReturnType(), "return type", start(function));
        at = add(Kind.FUNCTION, function.getName(), null, at);
        for (int i = 0; i < function.getParameterNames().size(); i++) {
            at = add(Kind.TYPE, function.getParameterTypes().get(i), "parameter type", at);
            at = add(Kind.BINDING, function.getParameterNames().get(i), null, at);
        }
        add(Kind.JAVA_BLOCK, function.getBody(), "function body", at);
    }

    private void rule(RuleDescr descr, DrlRule drl) {
        enter(drl, (descr.isQuery() ? "query \"" : "rule \"") + descr.getName() + "\"", descr);
        int start = start(descr);
        if (descr.getUnit() != null) {
            refuse("unit", descr);
        }
        descr.getAttributes().values().forEach(this::attribute);
        for (AnnotationDescr annotation : descr.getAnnotations()) {
            int at = annotationAt(annotation.getName(), start);
            Map<String, Object> values = annotation.getValueMap();
            if (values.size() != 1 || !(values.get(AnnotationDescr.VALUE) instanceof String value)) {
                refuse("@" + annotation.getName() + " without one plain value", at);
            } else {
                add(Kind.METADATA, value, annotation.getName(), at);
            }
        }
        if (descr instanceof QueryDescr query) {
            int at = start;
            for (int i = 0; i < query.getParameters().length; i++) {
                at = add(Kind.TYPE, query.getParameterTypes()[i], "parameter type", at);
                at = add(Kind.BINDING, query.getParameters()[i], null, at);
            }
        }
        if (descr.getLhs() != null) {
            condition(descr.getLhs());
        }
        if (descr.getConsequence() != null) {
            add(Kind.CONSEQUENCE, descr.getConsequence().toString(), null, file.offset(descr.getConsequenceLine(), descr.getConsequencePattern()));
        }
        descr.getNamedConsequences().forEach((name, consequence) -> add(Kind.CONSEQUENCE, consequence.toString(), "then[" + name + "]",
                file.text().indexOf("then[" + name, start)));
    }

    /** Where {@code @name} is written in a rule's header (annotations carry no place of their own). */
    private int annotationAt(String name, int from) {
        int at = file.text().indexOf("@" + name, from);
        while (at >= 0 && at + name.length() + 1 < file.text().length()
                && DrlTokens.isIdentifierPart(file.text().charAt(at + name.length() + 1))) {
            at = file.text().indexOf("@" + name, at + 1);
        }
        return at;
    }

    private void condition(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (descr instanceof EvalDescr eval) {
            add(Kind.EXPRESSION, eval.getContent().toString(), "eval", start(eval));
        } else if (descr instanceof ConditionalBranchDescr branch) {
            add(Kind.EXPRESSION, branch.getCondition().getContent().toString(), "if", start(branch));
            if (branch.getElseBranch() != null) {
                condition(branch.getElseBranch());
            }
        } else if (descr instanceof NamedConsequenceDescr) {
            return; // do[name]: the named action is read with the rule's actions
        } else if (descr instanceof GroupByDescr) {
            refuse("groupby", descr);
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate(accumulate);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            ((ConditionalElementDescr) descr).getDescrs().forEach(child -> condition((BaseDescr) child));
        } else {
            refuse(descr.getClass().getSimpleName().replace("Descr", ""), descr);
        }
    }

    private void pattern(PatternDescr pattern) {
        int at = start(pattern);
        if (pattern.getIdentifier() != null) {
            at = add(Kind.BINDING, pattern.getIdentifier(), null, at);
        }
        add(Kind.TYPE, pattern.getObjectType(), "pattern", at);
        pattern.getAnnotations().forEach(annotation -> refuse("@" + annotation.getName() + " on a pattern", pattern));
        if (!pattern.getBehaviors().isEmpty()) {
            refuse("a sliding window", pattern);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                add(Kind.CONSTRAINT, expression.getExpression(), pattern.getObjectType(), start(expression));
                binding(expression);
            } else {
                refuse(constraint.getClass().getSimpleName().replace("Descr", ""), constraint);
            }
        }
        BaseDescr source = pattern.getSource();
        if (source instanceof FromDescr from) {
            add(Kind.EXPRESSION, from.getDataSource().toString(), "from", Math.max(pattern.getRightParentCharacter(), at));
        } else if (source instanceof CollectDescr collect) {
            condition(collect.getInputPattern());
        } else if (source != null && !(source instanceof EntryPointDescr)) {
            condition(source);
        }
    }

    /** {@code $x : field} and {@code $x := field} at the start of a constraint bind {@code $x}. */
    private void binding(ExprConstraintDescr constraint) {
        List<DrlTokens.Token> tokens = DrlTokens.of(constraint.getExpression()).tokens();
        if (tokens.size() > 1 && tokens.get(0).kind() == DrlTokens.Kind.IDENT && (tokens.get(1).is(":") || tokens.get(1).is(":="))) {
            add(Kind.BINDING, tokens.get(0).text(), null, start(constraint));
        }
    }

    private void accumulate(AccumulateDescr accumulate) {
        condition(accumulate.getInput());
        BaseDescr input = accumulate.getInput();
        int at = input != null && input.getEndCharacter() >= 0 ? input.getEndCharacter() : start(accumulate);
        for (String code : new String[] {accumulate.getInitCode(), accumulate.getActionCode(), accumulate.getReverseCode()}) {
            if (code != null) {
                at = add(Kind.JAVA_BLOCK, code, "accumulate", at);
            }
        }
        if (accumulate.getResultCode() != null) {
            at = add(Kind.EXPRESSION, accumulate.getResultCode(), "accumulate result", at);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (function.getBind() != null) {
                at = add(Kind.BINDING, function.getBind(), null, at);
            }
            at = add(Kind.ACCUMULATE_FUNCTION, function.getFunction(), null, at);
            for (String parameter : function.getParams()) {
                at = add(Kind.EXPRESSION, parameter, "accumulate argument", at);
            }
        }
    }

    private void attribute(AttributeDescr attribute) {
        add(Kind.ATTRIBUTE, attribute.getValue(), attribute.getName(), start(attribute));
    }

    /** A refused construct covers its whole text, so the coverage check does not report its insides again. */
    private void refuse(String what, BaseDescr where) {
        int start = where.getStartCharacter();
        int end = Math.min(where.getEndCharacter() + 1, file.text().length());
        add(Kind.REFUSED, start >= 0 && end > start ? file.text().substring(start, end) : what, what, start(where));
    }

    private void refuse(String what, int at) {
        add(Kind.REFUSED, what, what, at);
    }

    /** Where a descriptor starts in the file, from its offset or its line and column; -1 when unknown. */
    private int start(BaseDescr descr) {
        return descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : file.offset(descr.getLine(), descr.getColumn());
    }

    /**
     * A piece whose text is looked for from {@code near} to the end of the enclosing descriptor; its exact offset
     * when found there, otherwise the nearest known place. Returns where the next piece of the same descriptor is
     * to be looked for (after this one, or {@code near} when it was not found).
     */
    private int add(Kind kind, String text, String detail, int near) {
        String value = text == null ? "" : text;
        int at = near < 0 || value.isEmpty() ? -1 : file.text().indexOf(value, near);
        if (at >= limit) {
            at = -1;
        }
        int known = at >= 0 ? at : near >= 0 ? near : rule != null ? file.offset(rule.line(), rule.column() - 1) : 0;
        int[] position = file.position(Math.max(known, 0));
        pieces.add(new CodePiece(file.name(), rule, owner, scope, kind, value, detail, at, position[0], position[1]));
        return at >= 0 ? at + value.length() : near;
    }
}
