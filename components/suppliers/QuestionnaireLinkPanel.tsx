"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { formatDate, formatDateTime } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import type { QuestionnaireLinkView } from "@/lib/suppliers/questionnaire-schema";
import { supplierQuestionnaireMessages } from "@/lib/suppliers/messages";

/** The follow-up's questionnaire link: create (the address shown once), status, revoke, answers. */
export function QuestionnaireLinkPanel({ followUpId, link, canWrite }: { followUpId: string; link: QuestionnaireLinkView | null; canWrite: boolean }) {
  const t = useMessages(supplierQuestionnaireMessages);
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const path = `/api/v1/supplier-follow-ups/${followUpId}/questionnaire-link`;
  const create = () =>
    run(async () => {
      const created = await apiFetch<QuestionnaireLinkView>(path, { body: {} });
      setUrl(created.url ?? null);
      setCopied(false);
      router.refresh();
      return t.created;
    });
  const revoke = () =>
    run(async () => {
      await apiFetch(path, { method: "DELETE" });
      setUrl(null);
      router.refresh();
      return t.revoked;
    });
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  const questions = new Map(link?.questions.map((question) => [question.key, question]) ?? []);
  return (
    <Card title={t.section}>
      <div className="grid gap-3">
        <p className="text-sm text-gray-800">{t.intro}</p>
        {link ? (
          <Facts>
            <Fact label={t.statusLabel}>
              <span data-testid="questionnaire-status">{t.statuses[link.status]}</span>
            </Fact>
            <Fact label={t.expiresAt}>{formatDate(link.expiresAt)}</Fact>
            {link.answeredAt ? <Fact label={t.answeredAt}>{formatDateTime(link.answeredAt)}</Fact> : null}
          </Facts>
        ) : (
          <p className="text-sm text-gray-800">{t.none}</p>
        )}
        {url ? (
          <div className="grid gap-1">
            <label htmlFor="questionnaire-url" className="text-sm font-medium text-gray-900">
              {t.urlLabel}
            </label>
            <div className="flex flex-wrap gap-2">
              <input id="questionnaire-url" readOnly value={url} className="min-w-0 flex-1 rounded border border-gray-400 px-2 py-1 text-sm" onFocus={(event) => event.currentTarget.select()} />
              <Button type="button" variant="secondary" onClick={copy}>
                {t.copy}
              </Button>
            </div>
            {copied ? <p role="status" className="text-sm text-green-800">{t.copied}</p> : null}
          </div>
        ) : null}
        {canWrite ? (
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={busy} onClick={create}>
              {link && link.status !== "expired" ? t.recreate : t.create}
            </Button>
            {link?.status === "sent" ? (
              <Button type="button" variant="secondary" disabled={busy} onClick={revoke}>
                {t.revoke}
              </Button>
            ) : null}
          </div>
        ) : null}
        <FormMessage message={message} />
        {link?.answers ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="mb-2 text-left text-base font-semibold text-gray-900">{t.answersTitle}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-1 pr-3">{t.question}</th>
                  <th scope="col" className="py-1 pr-3">{t.answer}</th>
                  <th scope="col" className="py-1">{t.comment}</th>
                </tr>
              </thead>
              <tbody>
                {link.answers.map((answer) => {
                  const question = questions.get(answer.key);
                  return (
                    <tr key={answer.key} className="border-b border-gray-200 align-top">
                      <td className="py-1 pr-3">{question?.code ? `${t.requirement} ${question.code}: ${question.text}` : (question?.text ?? answer.key)}</td>
                      <td className="py-1 pr-3 font-medium">{t.answers[answer.answer]}</td>
                      <td className="py-1 whitespace-pre-wrap">{answer.comment ?? ""}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
