import nodemailer from 'nodemailer';
import type { MailTransport } from '../domain/ports.js';

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers ?? {} });
    },
  };
}

/** Without SMTP the mail stays in the outbox, readable by platform admins. */
export const storeOnlyTransport: MailTransport = {
  kind: 'store-only',
  async send() {},
};
